import { Browser, expect, Page, test } from "@playwright/test";
import { ready, signIn, signOut } from "./helpers";

// A member answers in the banner above the page: a score, a reason, Submit; the banner thanks them.
async function answer(page: Page, js: boolean, question: string, score: string, reason: string) {
  const banner = page.getByRole("complementary", { name: question });
  await expect(banner).toBeVisible();
  await banner.getByRole("radio", { name: score, exact: true }).check();
  await banner.getByLabel("What is the main reason for your score?").fill(reason);
  await banner.getByRole("button", { name: "Submit" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Thank you for your answer!" })).toContainText("You earned 20 points.");
  await ready(page, js);
  await expect(page.getByRole("complementary", { name: question })).toHaveCount(0);
}

// A second browser with JavaScript off, so that one answer always goes through the plain form post.
async function withoutJs(browser: Browser, baseURL: string | undefined): Promise<Page> {
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
  return context.newPage();
}

test("an admin creates a survey, two members answer it in the banner and one puts it off, the admin reads the score and the chart", async ({ page, browser, javaScriptEnabled, baseURL }) => {
  const js = javaScriptEnabled;
  const stamp = Date.now();
  const title = `Pulse ${stamp}`;
  const question = `How likely are you to recommend Chorus to a friend or colleague? (${stamp})`;
  const problems: string[] = [];
  page.on("pageerror", (e) => problems.push(e.message));

  // The admin creates a survey that asks why, open from today.
  await signIn(page, js, "admin@demo.chorus.test");
  await page.getByRole("navigation", { name: "Staff" }).getByRole("link", { name: "NPS" }).click();
  await ready(page, js);
  await page.getByText("Create a survey").click();
  const editor = page.locator("details", { hasText: "Create a survey" });
  await editor.getByLabel("Title (for admins)").fill(title);
  await editor.getByLabel("Question").fill(question);
  await expect(editor.getByLabel("Ask for the reason of the score")).toBeChecked();
  await editor.getByRole("button", { name: "Create survey" }).click();
  await expect(page.getByRole("link", { name: title })).toBeVisible();
  await expect(page.getByRole("complementary", { name: question }), "staff are not asked").toHaveCount(0);
  await signOut(page);

  // Lin answers 10 in this browser; Ada answers 7 in a browser without JavaScript.
  await signIn(page, js, "lin@demo.chorus.test");
  await answer(page, js, question, "10", "Quick answers from other customers.");
  await page.goto("/forum");
  await ready(page, js);
  await expect(page.getByRole("complementary", { name: question }), "asked once a period").toHaveCount(0);
  await signOut(page);

  const plain = await withoutJs(browser, baseURL);
  await signIn(plain, false, "ada@demo.chorus.test");
  await answer(plain, false, question, "7", "Good, but search could find older topics.");
  await plain.context().close();

  // Sam puts it off: the banner goes and stays away for the period, on the next page too.
  await signIn(page, js, "sam@demo.chorus.test");
  await page.getByRole("complementary", { name: question }).getByRole("button", { name: "Not now" }).click();
  await expect(page.getByRole("complementary", { name: question })).toHaveCount(0);
  await page.goto("/challenges");
  await ready(page, js);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("complementary", { name: question })).toHaveCount(0);
  await signOut(page);

  // The admin reads the score (one promoter, one passive: 50), the chart and the reasons.
  await signIn(page, js, "admin@demo.chorus.test");
  await page.goto("/admin/nps");
  await ready(page, js);
  await page.getByRole("link", { name: title }).click();
  await ready(page, js);
  const results = page.getByRole("region", { name: `Results: ${title}` });
  await expect(results.locator(".nps-score strong")).toHaveText("50");
  await expect(results.getByRole("img", { name: "Answers per score" })).toBeVisible();
  await expect(results.getByRole("img", { name: "NPS by month" })).toBeVisible();
  await expect(results.getByText("Quick answers from other customers.")).toBeVisible();
  await results.getByRole("link", { name: "Passives" }).click();
  await expect(page.getByText("Good, but search could find older topics.")).toBeVisible();
  await expect(page.getByText("Quick answers from other customers.")).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Export answers as CSV" })).toHaveAttribute("href", /\/admin\/nps\/\d+\/responses\.csv$/);
  expect(problems).toEqual([]);
});
