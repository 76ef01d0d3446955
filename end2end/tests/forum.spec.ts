import { expect, test } from "@playwright/test";
import { ready, signIn, signOut } from "./helpers";

test("an advocate starts a topic in markdown, another replies and mentions her, she is notified, a moderator locks it", async ({ page, javaScriptEnabled }) => {
  const js = javaScriptEnabled;
  const title = `Tips for onboarding ${Date.now()}`;
  const problems: string[] = [];
  page.on("pageerror", (e) => problems.push(e.message));

  // Ada starts a topic with Markdown.
  await signIn(page, js, "ada@demo.chorus.test");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Forum" }).click();
  await expect(page.getByRole("heading", { name: "Community forum" })).toBeVisible();
  await page.getByRole("link", { name: "Getting started" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Getting started" })).toBeVisible();
  await ready(page, js);
  await page.getByRole("link", { name: "New topic", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Start a topic" })).toBeVisible();
  await ready(page, js);
  await expect(page.getByLabel("Category")).toHaveValue("getting-started");
  await page.getByRole("textbox", { name: "Title" }).fill(title);
  await page.getByRole("textbox", { name: "Message" }).fill("We use a **checklist** and `pairing`.\n\n- day one\n- day two");
  if (js) {
    await page.getByRole("button", { name: "Preview" }).click();
    await expect(page.getByRole("region", { name: "Preview" }).locator("strong")).toHaveText("checklist");
  }
  await page.getByRole("button", { name: "Post topic" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(title);
  const opening = page.locator("article#post-1");
  await expect(opening.locator("strong")).toHaveText("checklist");
  await expect(opening.locator("code")).toHaveText("pairing");
  await expect(opening.getByRole("listitem")).toHaveCount(2);
  const topicUrl = page.url().replace(/#.*$/, "");
  await ready(page, js);
  await signOut(page);

  // Lin replies.
  await signIn(page, js, "lin@demo.chorus.test");
  await page.goto(topicUrl);
  await ready(page, js);
  await page.getByRole("textbox", { name: "Reply" }).fill("Pairing worked for us too, thanks @adaokafor!");
  await page.getByRole("button", { name: "Post reply" }).click();
  await expect(page.locator("article#post-2")).toContainText("Pairing worked for us too");
  await ready(page, js);
  await page.locator("article#post-1").getByRole("button", { name: /Like/ }).click();
  await expect(page.locator("article#post-1").getByRole("button", { name: /Like/ })).toHaveAttribute("aria-pressed", "true");
  await signOut(page);

  // Ada sees that Lin mentioned her (and liked her post); reading them clears the count.
  await signIn(page, js, "ada@demo.chorus.test");
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link", { name: /Notifications/ })).toContainText(/\d+ unread|\d/);
  await nav.getByRole("link", { name: /Notifications/ }).click();
  await expect(page.getByRole("heading", { name: "Notifications" })).toBeVisible();
  await expect(page.getByRole("link", { name: `Lin Zhao mentioned you in “${title}”` })).toBeVisible();
  await expect(page.getByRole("link", { name: `Lin Zhao liked your post in “${title}”` })).toBeVisible();
  await page.getByRole("link", { name: `Lin Zhao mentioned you in “${title}”` }).click();
  await expect(page.locator("article#post-2")).toContainText("@adaokafor");
  await expect(nav.getByRole("link", { name: "Notifications", exact: true })).toBeVisible();
  await signOut(page);

  // Tomás, a moderator, locks the topic; the reply box gives way to a notice.
  await signIn(page, js, "moderator@demo.chorus.test");
  await page.goto(topicUrl);
  await ready(page, js);
  await page.getByRole("region", { name: "Moderation" }).getByRole("button", { name: "Lock" }).click();
  await expect(page.getByRole("heading", { level: 1 }).getByText("Locked")).toBeVisible();
  await expect(page.getByText("This topic is locked: it takes no new replies.")).toBeVisible();
  await signOut(page);

  // Lin can no longer reply.
  await signIn(page, js, "lin@demo.chorus.test");
  await page.goto(topicUrl);
  await expect(page.getByText("This topic is locked: it takes no new replies.")).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Reply" })).toHaveCount(0);

  expect(problems, "no panics or hydration errors").toEqual([]);
});
