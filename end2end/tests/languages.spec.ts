import { expect, test } from "@playwright/test";
import { expectAccessible } from "./axe";
import { DEMO_PASSWORD, ready, signIn, signOut } from "./helpers";

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

test.describe("a member in German", () => {
  test.use({ locale: "de-DE" });

  // The same members as above, each project its own; the test before this one leaves them on English.
  const member = (project: string) =>
    ({
      "sqlite-js": "nps.omar@demo.chorus.test",
      "sqlite-nojs": "nps.luca@demo.chorus.test",
      "postgres-js": "nps.kofi@demo.chorus.test",
      "postgres-nojs": "nps.ines@demo.chorus.test",
    })[project]!;

  test("signs in, replies in the forum and reads the server's answers in German", async ({ page, javaScriptEnabled }, testInfo) => {
    const js = javaScriptEnabled;
    const problems: string[] = [];
    page.on("pageerror", (e) => problems.push(e.message));
    const email = member(testInfo.project.name);

    // The sign-in form and the server's refusal, in German (JS on: a server function; off: the form's post).
    await page.goto("/sign-in");
    await ready(page, js);
    await expect(page.getByRole("heading", { level: 1, name: "Anmelden" })).toBeVisible();
    await page.getByLabel("E-Mail", { exact: true }).fill(email);
    await page.getByLabel("Passwort", { exact: true }).fill("not the password at all");
    await page.getByRole("main").getByRole("button", { name: "Anmelden" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "E-Mail-Adresse und Passwort passen zu keinem Konto." })).toBeVisible();
    await page.getByLabel("E-Mail", { exact: true }).fill(email);
    await page.getByLabel("Passwort", { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole("main").getByRole("button", { name: "Anmelden" }).click();
    await expect(page).toHaveURL(/\/account$/);
    await ready(page, js);

    // The member chose English before (the test above): German again, from the footer, saved to the account.
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await page.getByRole("group", { name: "Language" }).getByRole("button", { name: "Deutsch" }).click();
    await ready(page, js);
    await expect(page.locator("html")).toHaveAttribute("lang", "de");
    await expect(page.getByRole("heading", { level: 1, name: "Dein Konto" })).toBeVisible();

    // Forum → a category → its first topic → an empty reply is refused in German → a reply.
    await page.getByRole("navigation", { name: "Hauptnavigation" }).getByRole("link", { name: "Forum" }).first().click();
    await expect(page).toHaveURL(/\/forum$/);
    await ready(page, js);
    await expect(page.getByRole("heading", { level: 1, name: "Community-Forum" })).toBeVisible();
    await page.locator("main a[href^='/forum/c/']").first().click();
    await ready(page, js);
    await expect(page.getByRole("link", { name: "Neues Thema", exact: true })).toBeVisible();
    await page.locator("main a[href^='/forum/t/']").first().click();
    await expect(page).toHaveURL(/\/forum\/t\/\d+/);
    await ready(page, js);
    const reply = `Antwort auf Deutsch ${Date.now()}`;
    await page.getByRole("textbox", { name: "Antwort" }).fill(reply);
    await page.getByRole("button", { name: "Antwort senden" }).click();
    await expect(page.getByRole("article").filter({ hasText: reply })).toBeVisible();

    // The notifications page and the email settings speak German too.
    await page.goto("/me/notifications/settings");
    await ready(page, js);
    await expect(page.getByRole("heading", { level: 1, name: "Was du per E-Mail bekommst" })).toBeVisible();
    await expect(page.getByRole("combobox", { name: "Antworten in Themen, denen ich folge" })).toBeVisible();
    await page.getByRole("button", { name: "Speichern" }).click();
    await expect(page.getByRole("status")).toHaveText("Gespeichert.");

    // Back to English for the other journeys; then out.
    await page.getByRole("group", { name: "Sprache" }).getByRole("button", { name: "English" }).click();
    await ready(page, js);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await signOut(page);
    expect(problems).toEqual([]);
  });
});
