import { expect, test } from "@playwright/test";
import { ready, signIn } from "./helpers";

function isoDaysAgo(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
}

test("an admin reads the programme dashboard: figures, NPS, named charts, retention, and other periods", async ({ page, javaScriptEnabled }) => {
  const js = javaScriptEnabled;
  const problems: string[] = [];
  page.on("pageerror", (e) => problems.push(e.message));
  await signIn(page, js, "admin@demo.chorus.test");
  await page.getByRole("link", { name: "Dashboard" }).click();
  await expect(page).toHaveURL(/\/admin\/dashboard$/);
  await ready(page, js);

  await expect(page.getByRole("heading", { level: 1, name: "Programme dashboard" })).toBeVisible();
  for (const name of ["Figures", "Trends", "Redemptions by reward", "Retention"]) {
    await expect(page.getByRole("heading", { level: 2, name })).toBeVisible();
  }
  await expect(page.getByRole("link", { name: "30 days" })).toHaveAttribute("aria-current", "page");
  await expect(page.locator(".period-label")).toContainText("(30 days)");
  await expect(page.getByRole("img", { name: /New and active members per day/ })).toBeVisible();
  await expect(page.getByRole("img", { name: /Posts per day/ })).toBeVisible();
  await expect(page.getByRole("table", { name: /Retention by sign-up month/ })).toBeVisible();
  const active = page.locator("tr", { has: page.getByRole("rowheader", { name: "Active members", exact: true }) });
  await expect(active.locator("td").first()).toHaveText(/^[1-9]\d*$/);

  // The demo's pulse survey ran until a few days ago: its answers give an NPS.
  await page.getByRole("link", { name: "90 days" }).click();
  await expect(page).toHaveURL(/\/admin\/dashboard\?days=90$/);
  await ready(page, js);
  await expect(page.locator(".period-label")).toContainText("(90 days)");
  await expect(page.getByRole("link", { name: "90 days" })).toHaveAttribute("aria-current", "page");
  const nps = page.locator("tr", { has: page.getByRole("rowheader", { name: "NPS", exact: true }) });
  await expect(nps.locator("td").first()).toHaveText(/^-?\d{1,3}$/);
  await expect(page.getByRole("img", { name: "Redemptions by reward" })).toBeVisible();

  // A custom range through the plain GET form.
  await page.getByLabel("From", { exact: true }).fill(isoDaysAgo(59));
  await page.getByLabel("To", { exact: true }).fill(isoDaysAgo(0));
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/from=\d{4}-\d\d-\d\d&to=\d{4}-\d\d-\d\d/);
  await expect(page.locator(".period-label")).toContainText("(60 days)");
  expect(problems).toEqual([]);
});

test("a member is refused the dashboard and its CSV", async ({ page, javaScriptEnabled }) => {
  await signIn(page, javaScriptEnabled, "ada@demo.chorus.test");
  const res = await page.goto("/admin/dashboard");
  expect(res?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "You do not have access to this page" })).toBeVisible();
  const csv = await page.request.get("/admin/dashboard.csv?days=30");
  expect(csv.status()).toBe(403);
});
