import { expect, Page, test, TestInfo } from "@playwright/test";
import { createAccount, ready, signIn, signOut, startTopic } from "./helpers";

const ADMIN = "admin@demo.chorus.test";

// A screenshot kept with the run's artefacts (test-results/), named by project and step.
async function keep(page: Page, info: TestInfo, step: string) {
  await page.screenshot({ path: info.outputPath(`${info.project.name}-${step}.png`), fullPage: true });
}

async function saveSettings(page: Page, js: boolean, name: string, colour: string) {
  await page.goto("/admin/settings");
  await expect(page.getByRole("heading", { name: "Site settings" })).toBeVisible();
  await ready(page, js);
  await page.getByLabel("Community name").fill(name);
  await page.getByLabel("Brand colour").fill(colour);
  await page.getByRole("button", { name: "Save settings" }).click();
}

// An admin gives the community its own name and colour: a colour failing contrast is refused with the reason
// and a shade that passes, the name then shows in the header, the title and the footer; with JavaScript on
// and off. The name is set back afterwards, for the other journeys.
test("an admin makes the community its own", async ({ page, javaScriptEnabled }, info) => {
  const js = javaScriptEnabled;
  const problems: string[] = [];
  page.on("pageerror", (e) => problems.push(e.message));
  await signIn(page, js, ADMIN);

  await saveSettings(page, js, "Acme Voices", "#ffcc00");
  await expect(page.getByText(/#ffcc00 has a contrast of 1\.\d:1 against the page background/)).toBeVisible();
  await expect(page.getByText(/A darker shade such as #[0-9a-f]{6} passes/)).toBeVisible();
  await expect(page.getByRole("link", { name: /Chorus/ }).first()).toBeVisible();

  await saveSettings(page, js, "Acme Voices", "#0b6e3a");
  await expect(page.getByText("Settings saved: every page shows them now.")).toBeVisible();
  await expect(page.locator(".site-header .brand")).toHaveText(/Acme Voices/);
  await expect(page).toHaveTitle(/Site settings · Acme Voices$/);
  await page.goto("/");
  await ready(page, js);
  await expect(page.getByRole("contentinfo")).toContainText("Acme Voices");
  const link = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue("--brand").trim());
  expect(link).toBe("#0b6e3a");
  await keep(page, info, "renamed-home");

  await saveSettings(page, js, "Chorus", "#4338ca");
  await expect(page.getByText("Settings saved: every page shows them now.")).toBeVisible();
  await expect(page.locator(".site-header .brand")).toHaveText(/Chorus/);
  expect(problems).toEqual([]);
});

// New terms are accepted at sign-up, and a newer version is asked for on the member's next visit.
test("terms are accepted at sign-up and again after a new version", async ({ page, javaScriptEnabled }, info) => {
  const js = javaScriptEnabled;
  const stamp = `${Date.now()}${js ? "j" : "n"}`;
  await signIn(page, js, ADMIN);
  await page.goto("/admin/settings/legal");
  await ready(page, js);
  const terms = page.getByRole("region", { name: "Terms of service" });
  await terms.getByLabel(/Text of version/).fill(`## House rules ${stamp}\n\nBe kind and stay on topic.`);
  await terms.getByLabel("What changed (optional)").fill(`Rules of ${stamp}`);
  await terms.getByRole("button", { name: /Publish version/ }).click();
  await expect(page.getByText("Terms of service published.")).toBeVisible();
  await signOut(page);

  // Joining: without the box the form is refused with the reason; with it the account is made.
  const email = `terms-${stamp}@example.com`;
  await page.goto("/sign-up");
  await ready(page, js);
  await page.getByLabel("Email").fill(email);
  await page.getByRole("textbox", { name: "Display name" }).fill("Tess Terms");
  await page.getByLabel("Password").fill("a long enough passphrase");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Accept the terms of service to join.")).toBeVisible();
  await page.goto("/sign-up");
  await ready(page, js);
  await createAccount(page, js, email, "Tess Terms");
  await expect(page.getByText("Please accept our terms of service")).toHaveCount(0);

  // A new version: asked on the next page, until accepted.
  await signOut(page);
  await signIn(page, js, ADMIN);
  await page.goto("/admin/settings/legal");
  await ready(page, js);
  await terms.getByLabel(/Text of version/).fill(`## House rules ${stamp}\n\nBe kind, stay on topic, and keep rewards personal.`);
  await terms.getByRole("button", { name: /Publish version/ }).click();
  await expect(page.getByText("Terms of service published.")).toBeVisible();
  await page.getByRole("button", { name: "I accept the terms" }).click();
  await signOut(page);
  await page.goto("/sign-in");
  await ready(page, js);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("a long enough passphrase");
  await page.getByRole("button", { name: "Sign in" }).click();
  const banner = page.getByRole("complementary", { name: "Our terms of service have changed" });
  await expect(banner).toBeVisible();
  await keep(page, info, "terms-banner");
  await banner.getByRole("link", { name: /version \d+ of the terms/ }).click();
  await expect(page.getByText("keep rewards personal")).toBeVisible();
  await ready(page, js);
  await page.getByRole("button", { name: "I accept the terms" }).click();
  await expect(page.getByRole("complementary", { name: "Our terms of service have changed" })).toHaveCount(0);
  await page.goto("/forum");
  await expect(page.getByRole("heading", { name: "Forum" })).toBeVisible();
  await expect(page.getByText("Our terms of service have changed")).toHaveCount(0);
});

// At 360 pixels wide nothing scrolls sideways and the menu button opens the navigation; dark mode follows the
// system and the switch.
test("a phone-sized screen in light and dark", async ({ page, javaScriptEnabled }, info) => {
  const js = javaScriptEnabled;
  await page.setViewportSize({ width: 360, height: 780 });
  await signIn(page, js, ADMIN);
  const pages = ["/", "/forum", "/stories", "/challenges", "/rewards", "/leaderboard", "/earn", "/search?q=welcome",
    "/me/points", "/me/profile", "/notifications", "/admin/settings", "/admin/dashboard", "/admin/members", "/terms"];
  for (const path of pages) {
    await page.goto(path);
    await ready(page, js);
    const wide = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(wide, `${path} fits in 360 pixels`).toBeLessThanOrEqual(360);
  }
  // The navigation is one button; it opens (a <details>, so without JavaScript too) and leads on.
  await page.goto("/");
  await ready(page, js);
  const menu = page.getByText("Menu", { exact: true });
  await expect(menu).toBeVisible();
  const inMenu = page.locator(".menu-panel").getByRole("link", { name: "Leaderboard" });
  await expect(inMenu).toBeHidden();
  await menu.click();
  await expect(inMenu).toBeVisible();
  await keep(page, info, "phone-menu-open");
  await inMenu.click();
  await expect(page.getByRole("heading", { name: "Leaderboard" })).toBeVisible();

  // Dark: from the system's setting, then chosen with the switch, then back to light.
  const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/forum");
  await ready(page, js);
  expect(await background()).toBe("rgb(18, 20, 26)");
  await keep(page, info, "phone-dark-system");
  await page.getByRole("button", { name: "Light", exact: true }).click();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "light");
  expect(await background()).toBe("rgb(244, 245, 248)");
  await page.emulateMedia({ colorScheme: "light" });
  await page.getByRole("button", { name: "Dark", exact: true }).click();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await expect(page.getByRole("button", { name: /^Dark/ })).toHaveAttribute("aria-current", "true");
  expect(await background()).toBe("rgb(18, 20, 26)");
  await keep(page, info, "phone-dark-chosen");
  await page.getByRole("button", { name: "Like my system" }).click();
  await expect(page.locator("html")).not.toHaveAttribute("data-theme", /./);
});

// A new member's welcome checklist on the home page: each step ticked by doing it (a topic of her own, a reply
// in someone else's), kept on a phone-sized screen in dark mode as an artefact.
test("a new member's welcome checklist is ticked by what she does", async ({ page, javaScriptEnabled }, info) => {
  const js = javaScriptEnabled;
  const stamp = `${Date.now()}${js ? "j" : "n"}`;
  await page.goto("/sign-up");
  await ready(page, js);
  await createAccount(page, js, `newbie-${stamp}@example.com`, "Nia Newbie");
  await page.goto("/");
  await ready(page, js);
  const list = page.getByRole("region", { name: "Getting started" });
  await expect(list).toBeVisible();
  await expect(list).toContainText(/0 of \d done\./);
  const step = (name: string) => list.getByRole("listitem").filter({ hasText: name });
  await expect(step("Introduce yourself")).toContainText("To do:");
  await expect(list.getByRole("link", { name: "Introduce yourself" })).toHaveAttribute("href", "/forum/new");

  await startTopic(page, js, "getting-started", `Hello from Nia ${stamp}`, "I look after onboarding at a small agency.");
  await page.goto("/forum/c/getting-started");
  await ready(page, js);
  await page.getByRole("link", { name: "Importing contacts from a CSV: date formats?" }).click();
  await ready(page, js);
  await page.getByRole("textbox", { name: "Reply" }).fill(`Thanks for the welcome! (${stamp})`);
  await page.getByRole("button", { name: "Post reply" }).click();
  await expect(page.getByRole("paragraph").filter({ hasText: `Thanks for the welcome! (${stamp})` })).toBeVisible();

  await page.setViewportSize({ width: 360, height: 780 });
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/");
  await ready(page, js);
  await expect(step("Introduce yourself")).toContainText("Done:");
  await expect(step("Write your first reply")).toContainText("Done:");
  await expect(step("Complete your profile")).toContainText("To do:");
  await expect(list).toContainText(/2 of \d done\./);
  await list.scrollIntoViewIfNeeded();
  await keep(page, info, "checklist-phone-dark");
  await page.goto("/welcome");
  await expect(page.getByRole("heading", { name: "Getting started" })).toBeVisible();
});
