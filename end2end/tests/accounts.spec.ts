import { expect, Page, test } from "@playwright/test";
import { confirmFromEmail, linkIn, waitForMail } from "./mail";
import { acceptTermsIfAsked, createAccount } from "./helpers";
import { ready } from "./ready";

const PASSWORD = "a long enough passphrase";

function uniqueEmail(): string {
  return `e2e-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.com`;
}

/** Console errors that mean the page is broken: CSP refusals, failed hydration, panics. */
function watchConsole(page: Page): string[] {
  const problems: string[] = [];
  page.on("console", (m) => {
    // A refused sign-in answers 422 on purpose; the browser logs every 4xx fetch.
    if (m.type() === "error" && !/status of 4\d\d/.test(m.text())) problems.push(m.text());
  });
  page.on("pageerror", (e) => problems.push(e.message));
  return problems;
}


test("a member signs up, signs out, signs in and changes their display name", async ({ page, javaScriptEnabled }) => {
  const js = javaScriptEnabled;
  const problems = watchConsole(page);
  const email = uniqueEmail();

  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Welcome");
  await ready(page, js);
  await page.getByRole("link", { name: "Join the community" }).click();
  await expect(page.getByRole("heading", { name: "Join the community" })).toBeVisible();
  await ready(page, js);

  if (js) {
    // The browser runs the same Rust validation as the server, before anything is sent.
    await page.getByLabel("Email").fill("not-an-email");
    await page.getByLabel("Email").blur();
    await expect(page.getByText("Enter an email address like name@example.com.")).toBeVisible();
    await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
  }

  await page.getByLabel("Email").fill(email);
  await page.getByRole("textbox", { name: "Display name" }).fill("Ada Journey");
  await page.getByLabel("Password").fill(PASSWORD);
  await acceptTermsIfAsked(page);
  await page.getByRole("button", { name: "Create account" }).click();

  // Nobody is signed in until the link in the email is opened.
  await expect(page).toHaveURL(/\/check-email$/);
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  await confirmFromEmail(page, js, email);
  await expect(page.getByRole("heading", { name: "Your account" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Account of Ada Journey" })).toBeVisible();
  await ready(page, js);

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Sign in" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Account of Ada Journey" })).toHaveCount(0);

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  await ready(page, js);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("not the password at all");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("That email and password do not match an account.")).toBeVisible();
  await ready(page, js);

  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/account$/);
  await ready(page, js);

  await page.getByRole("textbox", { name: "Display name" }).fill("Ada Renamed");
  await page.getByRole("button", { name: "Save name" }).click();
  await expect(page.getByRole("link", { name: "Account of Ada Renamed" })).toBeVisible();
  // With JavaScript off the answer comes back with the page the form returns to (app::common::answered).
  await expect(page.getByRole("status")).toContainText("Saved. You now appear as Ada Renamed.");

  // A fresh load proves it was stored, not just shown.
  await page.reload();
  await expect(page.getByRole("textbox", { name: "Display name" })).toHaveValue("Ada Renamed");

  expect(problems, "no CSP refusals, hydration errors or panics in the console").toEqual([]);
});

test("a guest who opens the account page is sent to sign in and brought back", async ({ page, javaScriptEnabled }) => {
  const email = uniqueEmail();
  // Make the account through the form, then sign out, so this journey stands on its own.
  await page.goto("/sign-up");
  await ready(page, javaScriptEnabled);
  await page.getByLabel("Email").fill(email);
  await page.getByRole("textbox", { name: "Display name" }).fill("Returning Member");
  await page.getByLabel("Password").fill(PASSWORD);
  await acceptTermsIfAsked(page);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/check-email$/);
  await confirmFromEmail(page, javaScriptEnabled, email);
  await ready(page, javaScriptEnabled);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Sign in" })).toBeVisible();

  await page.goto("/account");
  await expect(page).toHaveURL(/\/sign-in\?next=\/account$/);
  await ready(page, javaScriptEnabled);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByRole("heading", { name: "Your account" })).toBeVisible();
});

test("a member who forgot their password gets back in by email", async ({ page, javaScriptEnabled }) => {
  const js = javaScriptEnabled;
  const problems = watchConsole(page);
  const email = uniqueEmail();
  await page.goto("/sign-up");
  await ready(page, js);
  await page.getByLabel("Email").fill(email);
  await page.getByRole("textbox", { name: "Display name" }).fill("Forgetful Member");
  await page.getByLabel("Password").fill(PASSWORD);
  await acceptTermsIfAsked(page);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/check-email$/);
  await confirmFromEmail(page, js, email);
  await ready(page, js);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Sign in" })).toBeVisible();

  // Forgot password: the same answer for any address, and the link arrives by email.
  await page.goto("/sign-in");
  await ready(page, js);
  await page.getByRole("link", { name: "Forgot your password?" }).click();
  await expect(page.getByRole("heading", { name: "Forgot your password?" })).toBeVisible();
  await ready(page, js);
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Email me a link" }).click();
  await expect(page.getByText("If an account uses that address, a link to choose a new password is on its way.")).toBeVisible();
  const mail = await waitForMail(email, "Reset your password");

  await page.goto(linkIn(mail, "/reset-password"));
  await expect(page.getByRole("heading", { name: "Choose a new password" })).toBeVisible();
  await ready(page, js);
  await page.getByLabel("New password", { exact: true }).fill("my fresh new passphrase");
  await page.getByRole("button", { name: "Set my new password" }).click();
  await expect(page).toHaveURL(/\/account\?reset=1$/);
  await expect(page.getByText("Your new password is set")).toBeVisible();
  await expect(page.getByRole("link", { name: "Account of Forgetful Member" })).toBeVisible();
  await waitForMail(email, "Your password was changed");

  // The old password no longer works; the new one does.
  await ready(page, js);
  await page.getByRole("button", { name: "Sign out" }).click();
  await page.goto("/sign-in");
  await ready(page, js);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("That email and password do not match an account.")).toBeVisible();
  await ready(page, js);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("my fresh new passphrase");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/account$/);
  expect(problems, "no CSP refusals, hydration errors or panics in the console").toEqual([]);
});

test("a form sent before the app has loaded comes back with its answer, and the page hydrates as rendered", async ({ page, javaScriptEnabled }) => {
  test.skip(!javaScriptEnabled, "the app loading late is a JavaScript case");
  const problems = watchConsole(page);
  await page.goto("/sign-up");
  await ready(page, true);
  await createAccount(page, true, uniqueEmail(), "Early Bird");
  await expect(page).toHaveURL(/\/account/);

  // The app has not arrived yet (a slow connection), so the form posts as a plain form ...
  const app = /\/pkg\/.+\.(js|wasm)$/;
  await page.route(app, (route) => route.abort());
  await page.goto("/account");
  await expect(page.getByRole("textbox", { name: "Display name" })).toBeVisible();
  await page.unroute(app);
  problems.length = 0;
  await page.getByRole("textbox", { name: "Display name" }).fill("Early Bird Renamed");
  await page.getByRole("button", { name: "Save name" }).click();
  // ... and the page it comes back to loads the app, which hydrates onto the answer the server rendered.
  await expect(page.getByRole("status")).toContainText("Saved. You now appear as Early Bird Renamed.");
  await ready(page, true);
  await expect(page.getByRole("status")).toContainText("Saved. You now appear as Early Bird Renamed.");
  expect(problems, "no hydration errors or panics").toEqual([]);

  // Shown once: the next page, and this one again, come without it.
  await page.reload();
  await ready(page, true);
  await expect(page.getByRole("textbox", { name: "Display name" })).toHaveValue("Early Bird Renamed");
  await expect(page.getByText("Saved. You now appear as")).toHaveCount(0);
});
