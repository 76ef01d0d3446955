import { expect, test } from "@playwright/test";
import { expectAccessible } from "./axe";
import { ready, signIn, signOut } from "./helpers";

// The page speaks the browser's language, the footer's switch changes it (a plain form: it works without
// JavaScript), Arabic is laid out right to left, and a member's choice follows them to another browser.

test.describe("a German browser", () => {
  test.use({ locale: "de-DE" });

  test("a visitor reads in German, switches to Spanish and to Arabic (right to left) and back", async ({ page, javaScriptEnabled }) => {
    const js = javaScriptEnabled;
    const problems: string[] = [];
    page.on("pageerror", (e) => problems.push(e.message));
    await page.goto("/");
    await ready(page, js);
    await expect(page.locator("html")).toHaveAttribute("lang", "de");
    await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
    const main = page.getByRole("navigation", { name: "Hauptnavigation" });
    await expect(main.getByRole("link", { name: "Prämien" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Was dich hier erwartet" })).toBeVisible();

    // Prices and plurals as German writes them.
    await main.getByRole("link", { name: "Prämien" }).click();
    await ready(page, js);
    await expect(page.getByRole("heading", { level: 1, name: "Prämien" })).toBeVisible();
    await expect(page.getByRole("article", { name: "Sticker pack" })).toContainText("50 Punkte");
    await expect(page).toHaveTitle(/^Prämien/);

    // The footer's switch: each language named in itself; Spanish, on the same page.
    const switcher = page.getByRole("group", { name: "Sprache" });
    await expect(switcher.getByRole("button", { name: /Deutsch/ })).toHaveAttribute("aria-current", "true");
    await switcher.getByRole("button", { name: "Español" }).click();
    await expect(page).toHaveURL(/\/rewards$/);
    await ready(page, js);
    await expect(page.locator("html")).toHaveAttribute("lang", "es");
    await expect(page.getByRole("heading", { level: 1, name: "Recompensas" })).toBeVisible();
    await expect(page.getByRole("article", { name: "Sticker pack" })).toContainText("50 puntos");

    // Arabic: right to left, the header mirrored (the community's name on the right), Arabic-Indic digits.
    await page.getByRole("group", { name: "Idioma" }).getByRole("button", { name: "العربية" }).click();
    await ready(page, js);
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(page.getByRole("heading", { level: 1, name: "المكافآت" })).toBeVisible();
    await expect(page.getByRole("article", { name: "Sticker pack" })).toContainText(/٥٠[\u2068\u2069]* نقطة/);
    const brand = await page.locator(".site-header .brand").boundingBox();
    const nav = await page.locator(".site-header nav").first().boundingBox();
    expect(brand && nav && brand.x > nav.x, "the name sits right of the navigation").toBe(true);
    // (axe is a script: with JavaScript off, accessibility.spec.ts checks the server's HTML its own way.)
    if (js) await expectAccessible(page, "/rewards in Arabic");
    await page.goto("/");
    await ready(page, js);
    if (js) await expectAccessible(page, "/ in Arabic");

    await page.getByRole("group", { name: "اللغة" }).getByRole("button", { name: "English" }).click();
    await ready(page, js);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { name: "What you will find here" })).toBeVisible();
    expect(problems).toEqual([]);
  });
});

test("a member's language follows them to another browser", async ({ page, browser, javaScriptEnabled, baseURL }, testInfo) => {
  const js = javaScriptEnabled;
  // Each project its own member, so that one project's choice does not surprise another's journeys.
  const email = {
    "sqlite-js": "nps.omar@demo.chorus.test",
    "sqlite-nojs": "nps.luca@demo.chorus.test",
    "postgres-js": "nps.kofi@demo.chorus.test",
    "postgres-nojs": "nps.ines@demo.chorus.test",
  }[testInfo.project.name]!;
  await signIn(page, js, email);
  await page.getByRole("group", { name: "Language" }).getByRole("button", { name: "Deutsch" }).click();
  await ready(page, js);
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
  await expect(page.getByRole("navigation", { name: "Hauptnavigation" }).getByRole("link", { name: "Meine Punkte" })).toBeVisible();

  // Another browser that asks for English: once signed in, the member's German wins.
  const other = await (await browser.newContext({ baseURL, javaScriptEnabled: js, locale: "en-GB" })).newPage();
  await signIn(other, js, email);
  await expect(other.locator("html")).toHaveAttribute("lang", "de");
  await other.context().close();

  // Back to English, so the demo member reads as before.
  await page.getByRole("group", { name: "Sprache" }).getByRole("button", { name: "English" }).click();
  await ready(page, js);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await signOut(page);
});
