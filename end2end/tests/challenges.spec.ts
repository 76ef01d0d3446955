import { expect, test } from "@playwright/test";
import { ready, signIn, signOut } from "./helpers";

test("an admin publishes a challenge, a member completes it and answers the quiz, a moderator approves and the points arrive", async ({ page, javaScriptEnabled }) => {
  const js = javaScriptEnabled;
  const email = js ? "sam@demo.chorus.test" : "noor@demo.chorus.test";
  const title = `Share a dashboard tip ${Date.now()}`;
  const problems: string[] = [];
  page.on("pageerror", (e) => problems.push(e.message));

  // The admin publishes a reviewed challenge worth 60 points.
  await signIn(page, js, "admin@demo.chorus.test");
  await page.goto("/admin/challenges");
  await ready(page, js);
  await page.getByText("Publish a new challenge").click();
  const editor = page.locator("details", { hasText: "Publish a new challenge" });
  await editor.getByLabel("Title").fill(title);
  await editor.getByLabel("What to do").fill("Post your favourite dashboard tip in the forum and link it here.");
  await editor.getByLabel("Points").fill("60");
  await editor.getByLabel("How it is completed").selectOption("review");
  await editor.getByRole("button", { name: "Publish challenge" }).click();
  await expect(page.getByText(`${title} · 60 points · running`)).toBeVisible();
  await signOut(page);

  // The member answers the quiz (wrong, then right) and sends in the new challenge.
  await signIn(page, js, email);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Challenges" }).click();
  await ready(page, js);
  const quiz = page.getByRole("article", { name: "Release-notes quiz" });
  await quiz.getByLabel("Your answer").fill("pie chart");
  await quiz.getByRole("button", { name: "Answer" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "That is not the answer. Try again." })).toBeVisible();
  await page.getByRole("article", { name: "Release-notes quiz" }).getByLabel("Your answer").fill("Sankey");
  await page.getByRole("article", { name: "Release-notes quiz" }).getByRole("button", { name: "Answer" }).click();
  await expect(page.getByRole("article", { name: "Release-notes quiz" })).toContainText("Completed");
  const challenge = page.getByRole("article", { name: title });
  await challenge.getByLabel("What you did").fill("https://community.example/forum/t/42");
  await challenge.getByRole("button", { name: "Submit for review" }).click();
  await expect(page.getByRole("article", { name: title })).toContainText("Waiting for review");
  await signOut(page);

  // The moderator approves it from the queue.
  await signIn(page, js, "moderator@demo.chorus.test");
  await page.goto("/mod/challenges");
  await ready(page, js);
  const item = page.getByRole("article", { name: `${title} · 60 points` });
  await expect(item).toContainText("https://community.example/forum/t/42");
  await item.getByLabel("Note for the member").fill("Great tip!");
  await item.getByRole("button", { name: "Approve" }).click();
  await expect(page.getByRole("article", { name: `${title} · 60 points` })).toHaveCount(0);
  await signOut(page);

  // The member sees it completed, with the note, and both awards in the points history.
  await signIn(page, js, email);
  await page.goto("/challenges");
  await ready(page, js);
  await expect(page.getByRole("article", { name: title })).toContainText("Completed — Great tip!");
  await page.goto("/me/points");
  await ready(page, js);
  const history = page.getByRole("table");
  await expect(history.getByRole("row").nth(1)).toContainText("Completed a challenge");
  await expect(history.getByRole("row").nth(1)).toContainText("+60");
  await expect(history.getByRole("row").nth(2)).toContainText("+25");
  expect(problems).toEqual([]);
});
