import { expect, Locator, Page, test } from "@playwright/test";
import { ready, signIn } from "./helpers";
import { linkIn, waitForMail } from "./mail";

// A member who uses only the keyboard: every control is reached with Tab, used with Enter, Space or typing, and
// shows where the focus is. No mouse click anywhere in the member's part of the journey.

// Whether the focused element shows a visible outline (or, for an input drawn by its label, the label does).
async function focusIsVisible(page: Page): Promise<{ visible: boolean; what: string }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { visible: true, what: "the page" };
    const shows = (e: Element | null) => {
      if (!e) return false;
      const s = getComputedStyle(e);
      return s.outlineStyle !== "none" && parseFloat(s.outlineWidth) >= 2;
    };
    const input = el as HTMLInputElement;
    const label = input.labels && input.labels.length ? input.labels[0] : null;
    const what = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""} "${(el.textContent ?? "").trim().slice(0, 40)}"`;
    return { visible: shows(el) || shows(el.nextElementSibling) || shows(label), what };
  });
}

// Presses Tab until `target` has the focus, checking that every control passed on the way shows its focus.
async function tabTo(page: Page, target: Locator, max = 400) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    const focus = await focusIsVisible(page);
    expect(focus.visible, `focus is visible on ${focus.what}`).toBe(true);
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`${max} presses of Tab never reached ${target}`);
}

// Tabs to a text field, selects whatever it holds and types `text` over it.
async function typeInto(page: Page, field: Locator, text: string) {
  await tabTo(page, field);
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.type(text);
}

// Tabs from the top of the page to its end and round to the start again: the focus moves on at every press
// (nothing holds it) and the walk ends (nothing loops inside the page).
async function walkThePage(page: Page) {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const seen: string[] = [];
  for (let i = 0; i < 600; i++) {
    await page.keyboard.press("Tab");
    const id = await page.evaluate(() => {
      const el = document.activeElement as (HTMLElement & { kbStop?: number }) | null;
      if (!el || el === document.body) return "body";
      const w = window as unknown as { kbStops?: number };
      el.kbStop ??= w.kbStops = (w.kbStops ?? 0) + 1;
      return `${el.tagName}:${el.kbStop}`;
    });
    if (id === "body" || (seen.length > 0 && id === seen[0])) {
      expect(seen.length, "the page has controls to reach").toBeGreaterThan(3);
      return;
    }
    expect(seen.includes(id), `the focus came back to ${id} before the end of the page (a trap)`).toBe(false);
    seen.push(id);
  }
  throw new Error("600 presses of Tab never reached the end of the page");
}

test("a new member signs up, replies, submits a story and redeems a reward with the keyboard alone", async ({ page, browser, javaScriptEnabled, baseURL }, testInfo) => {
  const js = javaScriptEnabled;
  const email = `keys-${testInfo.project.name}-${Date.now()}@example.com`;
  const name = `Kay Board ${testInfo.project.name}`;

  // Sign up. A wrong address first: the error is announced and tied to the field.
  await page.goto("/sign-up");
  await ready(page, js);
  await walkThePage(page);
  const emailField = page.getByLabel("Email");
  await tabTo(page, emailField);
  await page.keyboard.type("not-an-email");
  if (!js) {
    await tabTo(page, page.getByRole("button", { name: "Create account" }));
    await page.keyboard.press("Enter");
    await ready(page, js);
  } else {
    await page.keyboard.press("Tab");
  }
  await expect(page.getByRole("alert").filter({ hasText: "Enter an email address like name@example.com." })).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Email")).toHaveAccessibleDescription(/Enter an email address like name@example\.com\./);

  await typeInto(page, emailField, email);
  await typeInto(page, page.getByRole("textbox", { name: "Display name" }), name);
  await typeInto(page, page.getByLabel("Password"), "typed with the keyboard alone");
  const terms = page.getByRole("checkbox", { name: /I accept the/ });
  if (await terms.count()) {
    await tabTo(page, terms);
    await page.keyboard.press("Space");
    await expect(terms).toBeChecked();
  }
  await tabTo(page, page.getByRole("button", { name: "Create account" }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/check-email$/);

  // The emailed link opens the confirmation; the button is reached and pressed with the keyboard.
  const mail = await waitForMail(email, "Confirm your email address");
  await page.goto(linkIn(mail, "/confirm-email"));
  await ready(page, js);
  await tabTo(page, page.getByRole("button", { name: "Confirm my address" }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/account\?confirmed=1$/);
  await ready(page, js);

  // Reply in a topic: from the main navigation to the forum, to a category, to its first topic, to the reply box.
  await tabTo(page, page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Forum" }).first());
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/forum$/);
  await ready(page, js);
  await tabTo(page, page.locator("main a[href^='/forum/c/']").first());
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/forum\/c\/[\w-]+$/);
  await ready(page, js);
  await tabTo(page, page.locator("main a[href^='/forum/t/']").first());
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/forum\/t\/\d+/);
  await ready(page, js);
  const reply = `Found my way here without a mouse ${Date.now()}`;
  await tabTo(page, page.getByRole("textbox", { name: "Reply" }));
  await page.keyboard.type(reply);
  await tabTo(page, page.getByRole("button", { name: "Post reply" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("article").filter({ hasText: reply })).toBeVisible();
  await ready(page, js);
  await walkThePage(page);

  // Submit a story: every field, the star rating with the arrow keys, the consent box with Space.
  await page.goto("/stories/new");
  await ready(page, js);
  const title = `Keyboard story ${Date.now()}`;
  await tabTo(page, page.getByRole("textbox", { name: "Title", exact: true }));
  await page.keyboard.type(title);
  await tabTo(page, page.getByRole("textbox", { name: "Your story" }));
  await page.keyboard.type("Everything in the portal answers to Tab and Enter.");
  await tabTo(page, page.getByRole("textbox", { name: "Product or area" }));
  await page.keyboard.type("Chorus Cloud");
  await tabTo(page, page.getByRole("radio", { name: "1 star", exact: true }));
  for (let i = 0; i < 4; i++) await page.keyboard.press("ArrowRight");
  await expect(page.getByRole("radio", { name: "5 stars", exact: true })).toBeChecked();
  await tabTo(page, page.getByRole("textbox", { name: "A one-line quote to highlight" }));
  await page.keyboard.type("No mouse needed.");
  await tabTo(page, page.getByLabel("Publish with my name"));
  await page.keyboard.press("Space");
  await expect(page.getByLabel("Publish with my name")).toBeChecked();
  await tabTo(page, page.getByRole("button", { name: "Submit for review" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Your stories" })).toBeVisible();
  await expect(page.getByRole("article", { name: title })).toContainText("In review");

  // The admin (not part of the keyboard journey) recognises the member with 60 points.
  const admin = await (await browser.newContext({ baseURL, javaScriptEnabled: js })).newPage();
  await signIn(admin, js, "admin@demo.chorus.test");
  await admin.goto("/admin/points");
  await ready(admin, js);
  await admin.getByLabel("Member (handle or email)").fill(email);
  await admin.getByLabel("Points (negative to take away)").fill("60");
  await admin.getByLabel("Reason").fill("Keyboard journey");
  await admin.getByRole("button", { name: "Adjust" }).click();
  await expect(admin.getByRole("status")).toContainText("Adjusted by +60 points.");
  await admin.context().close();

  // Redeem the sticker pack: open the confirmation (a disclosure) with Enter, confirm with Enter.
  await page.goto("/rewards");
  await ready(page, js);
  const reward = page.getByRole("article", { name: "Sticker pack" });
  await tabTo(page, reward.getByText("Redeem", { exact: true }));
  await page.keyboard.press("Enter");
  await expect(reward.getByText(/Spend 50 points on Sticker pack\?/)).toBeVisible();
  await tabTo(page, reward.getByRole("button", { name: "Confirm" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Your rewards" })).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: "Sticker pack" })).toContainText("Pending");
});
