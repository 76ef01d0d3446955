import { expect, Page, test } from "@playwright/test";
import { axeFindings, chooseTheme, expectAccessible } from "./axe";
import { DEMO_PASSWORD, ready, signIn } from "./helpers";

// axe-core on every kind of page, for a visitor, a member, a moderator and an admin, in the light and the dark
// theme, with JavaScript on (the hydrated app) and off (the server's HTML). The markup does not depend on the
// database, so these run against the SQLite portal; the PostgreSQL projects run every other journey.
//
// axe is a script, so it needs a page that runs scripts: "off" here means the app's own script and WASM are
// refused, which leaves exactly the HTML a browser without JavaScript gets.
test.use({ javaScriptEnabled: true });

function withoutApp(project: string): boolean {
  return project.endsWith("-nojs");
}

// The first link on `from` whose address matches `pattern` (a topic, a story, a profile…), so the demo's ids
// are never hard-coded.
async function firstLink(page: Page, from: string, pattern: RegExp): Promise<string> {
  await page.goto(from);
  const hrefs = await page.locator("a[href]").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  const found = hrefs.find((h) => pattern.test(h));
  expect(found, `a link matching ${pattern} on ${from}`).toBeTruthy();
  return found!;
}

// Every page is checked before the test fails, so one run lists every finding.
async function checkAll(page: Page, js: boolean, who: string, paths: string[]) {
  const findings: string[] = [];
  for (const path of paths) {
    const res = await page.goto(path);
    expect(res?.status(), `${path} answers`).toBeLessThan(500);
    await ready(page, js);
    findings.push(...(await axeFindings(page, `${path} (${who})`)));
  }
  expect(findings, `axe on the ${who}'s pages`).toEqual([]);
}

for (const theme of ["light", "dark"] as const) {
  test.describe(`${theme} theme`, () => {
    test.beforeEach(async ({ context, baseURL }, testInfo) => {
      test.skip(testInfo.project.name.startsWith("postgres"), "the same markup as on SQLite");
      await chooseTheme(context, baseURL!, theme);
      if (withoutApp(testInfo.project.name)) await context.route(/\/pkg\/.+\.(js|wasm)$/, (route) => route.abort());
    });

    test(`every public page passes axe (${theme})`, async ({ page }, testInfo) => {
      const js = !withoutApp(testInfo.project.name);
      const category = await firstLink(page, "/forum", /^\/forum\/c\/[\w-]+$/);
      const topic = await firstLink(page, category, /^\/forum\/t\/\d+\/[\w-]+$/);
      const story = await firstLink(page, "/stories", /^\/stories\/\d+\/[\w-]+$/);
      const profile = await firstLink(page, "/leaderboard", /^\/u\/[\w-]+$/);
      await checkAll(page, js, "visitor", [
        "/",
        "/forum",
        category,
        topic,
        "/search?q=dashboard",
        "/search?q=zzzz-no-such-word",
        "/stories",
        story,
        "/rewards",
        "/leaderboard",
        "/badges",
        "/earn",
        "/challenges",
        "/groups",
        profile,
        "/accessibility",
        "/sign-in",
        "/sign-up",
        "/forgot-password",
        "/no-such-page",
      ]);
      // A form's error state: a refused sign-in.
      await page.goto("/sign-in");
      await ready(page, js);
      await page.getByLabel("Email").fill("ada@demo.chorus.test");
      await page.getByLabel("Password").fill(`${DEMO_PASSWORD}-wrong`);
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page.getByRole("alert").filter({ hasText: "do not match" })).toBeVisible();
      await expectAccessible(page, "/sign-in with an error (visitor)");
    });

    test(`every member page passes axe (${theme})`, async ({ page }, testInfo) => {
      const js = !withoutApp(testInfo.project.name);
      await signIn(page, js, "lin@demo.chorus.test");
      await checkAll(page, js, "member", [
        "/account",
        "/me/profile",
        "/me/pictures",
        "/me/points",
        "/me/referrals",
        "/me/rewards",
        "/me/security",
        "/me/data",
        "/me/notifications/settings",
        "/notifications",
        "/stories/mine",
        "/stories/new",
        "/forum/new",
        "/welcome",
        "/groups",
        "/rewards",
        "/admin/dashboard",
      ]);
    });

    test(`every moderator page passes axe (${theme})`, async ({ page }, testInfo) => {
      const js = !withoutApp(testInfo.project.name);
      await signIn(page, js, "moderator@demo.chorus.test");
      await checkAll(page, js, "moderator", ["/mod/flags", "/mod/held", "/mod/stories", "/mod/challenges", "/mod/pictures"]);
    });

    test(`every admin page passes axe (${theme})`, async ({ page }, testInfo) => {
      // Twenty-five pages, each loaded, hydrated and analysed: more than the default minute on a busy machine.
      test.setTimeout(180_000);
      const js = !withoutApp(testInfo.project.name);
      await signIn(page, js, "admin@demo.chorus.test");
      const member = await firstLink(page, "/admin/members", /^\/admin\/members\/\d+$/);
      // A group of the admin's, for the group page and its member list.
      const slug = `a11y-${theme}-${testInfo.project.name}-${Date.now()}`;
      await page.goto("/groups");
      await ready(page, js);
      await page.getByRole("textbox", { name: "Name" }).fill(`Accessibility group ${theme}`);
      await page.getByRole("textbox", { name: "Address" }).fill(slug);
      await page.getByRole("button", { name: "Make the group" }).click();
      await expect(page.getByRole("heading", { name: `Accessibility group ${theme}`, level: 1 })).toBeVisible();
      await checkAll(page, js, "admin", [
        "/admin/dashboard",
        "/admin/dashboard?days=90",
        "/admin/members",
        member,
        "/admin/invitations",
        "/admin/applications",
        "/admin/registration",
        "/admin/import",
        "/admin/categories",
        "/admin/points",
        "/admin/badges",
        "/admin/challenges",
        "/admin/nps",
        "/admin/rewards",
        "/admin/redemptions",
        "/admin/referrals",
        "/admin/embed",
        "/admin/api",
        "/admin/webhooks",
        "/admin/sso",
        "/admin/mail",
        "/admin/settings",
        "/admin/settings/legal",
        "/admin/audit",
        `/groups/${slug}`,
      ]);
    });
  });
}

// WCAG 1.4.10: at 320 CSS pixels wide (a phone, or 400 % zoom on a laptop) nothing needs sideways scrolling of
// the page; wide tables scroll in their own box.
test("pages reflow to a 320-pixel-wide screen", async ({ page, context }, testInfo) => {
  test.skip(testInfo.project.name.startsWith("postgres"), "the same markup as on SQLite");
  const js = !withoutApp(testInfo.project.name);
  if (!js) await context.route(/\/pkg\/.+\.(js|wasm)$/, (route) => route.abort());
  await page.setViewportSize({ width: 320, height: 640 });
  const category = await firstLink(page, "/forum", /^\/forum\/c\/[\w-]+$/);
  const topic = await firstLink(page, category, /^\/forum\/t\/\d+\/[\w-]+$/);
  const story = await firstLink(page, "/stories", /^\/stories\/\d+\/[\w-]+$/);
  const paths = ["/", "/forum", topic, "/stories", story, "/rewards", "/leaderboard", "/challenges", "/accessibility", "/sign-up"];
  const memberPaths = ["/account", "/me/points", "/me/profile", "/stories/new", "/forum/new", "/notifications"];
  const adminPaths = ["/admin/dashboard", "/admin/members", "/admin/settings", "/admin/rewards"];
  const check = async (path: string) => {
    await page.goto(path);
    await ready(page, js);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, `${path} is ${width} px wide at 320`).toBeLessThanOrEqual(320);
  };
  for (const path of paths) await check(path);
  await signIn(page, js, "lin@demo.chorus.test");
  for (const path of memberPaths) await check(path);
  await page.context().clearCookies();
  await signIn(page, js, "admin@demo.chorus.test");
  for (const path of adminPaths) await check(path);
});
