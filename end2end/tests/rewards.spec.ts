import { expect, Page, test } from "@playwright/test";
import { ready, signIn, signOut } from "./helpers";

async function balance(page: Page, js: boolean): Promise<number> {
  await page.goto("/me/points");
  await ready(page, js);
  return Number(await page.getByTestId("balance").innerText());
}

test("an advocate earns points by posting, climbs the leaderboard, redeems a code, an admin fulfils it and she sees the code", async ({ page, javaScriptEnabled }) => {
  const js = javaScriptEnabled;
  // Each project uses its own member, so the per-member limit of the reward is never in the way.
  const [email, name, handle] = js
    ? ["sam@demo.chorus.test", "Sam Whitaker", "samwhitaker"]
    : ["noor@demo.chorus.test", "Noor Haddad", "noorhaddad"];
  const problems: string[] = [];
  page.on("pageerror", (e) => problems.push(e.message));

  // The admin recognises the member's conference talk with 300 points.
  await signIn(page, js, "admin@demo.chorus.test");
  await page.goto("/admin/points");
  await ready(page, js);
  await page.getByLabel("Member (handle or email)").fill(email);
  await page.getByLabel("Points (negative to take away)").fill("300");
  await page.getByLabel("Reason").fill("Talk at the customer summit");
  await page.getByRole("button", { name: "Adjust" }).click();
  await expect(page.getByRole("status")).toContainText("Adjusted by +300 points.");
  await signOut(page);

  // The member posts a topic and earns 10 more; the history says why.
  await signIn(page, js, email);
  const before = await balance(page, js);
  await page.goto("/forum/new");
  await ready(page, js);
  await page.getByLabel("Category").selectOption("getting-started");
  await page.getByRole("textbox", { name: "Title" }).fill(`How we roll out dashboards ${Date.now()}`);
  await page.getByRole("textbox", { name: "Message" }).fill("Start small, then **expand**.");
  await page.getByRole("button", { name: "Post topic" }).click();
  await expect(page.locator("article#post-1")).toContainText("Start small");
  expect(await balance(page, js)).toBe(before + 10);
  const history = page.getByRole("table");
  await expect(history.getByRole("row").nth(1)).toContainText("Started a topic");
  await expect(history).toContainText("Talk at the customer summit");

  // The leaderboard lists them this week.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Leaderboard" }).click();
  await page.getByRole("link", { name: "This week" }).click();
  await expect(page.getByRole("table")).toContainText(name);

  // They redeem the renewal discount behind a confirmation.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Rewards" }).click();
  await ready(page, js);
  const reward = page.getByRole("article", { name: "20% off your next renewal" });
  await reward.getByText("Redeem", { exact: true }).click();
  await expect(reward.getByText("Spend 300 points on 20% off your next renewal?")).toBeVisible();
  await reward.getByRole("button", { name: "Confirm" }).click();
  await expect(page.getByRole("heading", { name: "Your rewards" })).toBeVisible();
  const mine = page.getByRole("listitem").filter({ hasText: "20% off your next renewal" });
  await expect(mine).toContainText("Pending");
  expect(await balance(page, js)).toBe(before + 10 - 300);
  await signOut(page);

  // The admin fulfils it from the queue.
  await signIn(page, js, "admin@demo.chorus.test");
  await page.goto("/admin/redemptions");
  await ready(page, js);
  const item = page.getByRole("listitem").filter({ hasText: email });
  await item.getByLabel(/Note for the member/).fill("Apply it at checkout before 31 December.");
  await item.getByRole("button", { name: "Fulfil" }).click();
  await expect(page.getByRole("listitem").filter({ hasText: email })).toHaveCount(0);

  // …and, on the member's profile, awards them a badge with a reason.
  await page.goto(`/u/${handle}`);
  await ready(page, js);
  await page.getByLabel("Award a badge").selectOption({ label: "Community hero" });
  await page.getByLabel("Reason (the member sees it)").fill("Helped three newcomers this week");
  await page.getByRole("button", { name: "Award" }).click();
  await expect(page.getByRole("region", { name: "Badges" })).toContainText("Community hero");
  await signOut(page);

  // The member is told, and sees the code and the note.
  await signIn(page, js, email);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: /Notifications/ }).click();
  await page.getByRole("link", { name: "Your reward “20% off your next renewal” is fulfilled" }).first().click();
  await expect(page.getByRole("heading", { name: "Your rewards" })).toBeVisible();
  const done = page.getByRole("listitem").filter({ hasText: "20% off your next renewal" }).first();
  await expect(done).toContainText("Fulfilled");
  await expect(done.locator("code.reward-code")).toHaveText(/^RENEW-/);
  await expect(done).toContainText("Apply it at checkout before 31 December.");

  // The badge appears on their profile, with the reason.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: /Notifications/ }).click();
  await expect(page.getByRole("link", { name: "You earned the badge “Community hero”" })).toBeVisible();
  await page.goto(`/u/${handle}`);
  const badges = page.getByRole("region", { name: "Badges" });
  await expect(badges).toContainText("Community hero");
  await expect(badges).toContainText("Helped three newcomers this week");
  await expect(page.getByRole("heading", { level: 1 })).toContainText(name);

  expect(problems, "no panics or hydration errors").toEqual([]);
});
