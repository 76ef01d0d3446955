import { expect, Page } from "@playwright/test";
import { confirmFromEmail } from "./mail";
import { ready } from "./ready";

// The demo community (seeded before the servers start) provides the people; they share this password.
export const DEMO_PASSWORD = "chorus-demo-password";

export { ready };

export async function signIn(page: Page, js: boolean, email: string) {
  await page.goto("/sign-in");
  await ready(page, js);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/account$/);
  await ready(page, js);
}

export async function signOut(page: Page) {
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Sign in" })).toBeVisible();
}

// Once terms are published (site.spec.ts publishes them), joining means ticking their box.
export async function acceptTermsIfAsked(page: Page) {
  const terms = page.getByRole("checkbox", { name: /I accept the/ });
  if (await terms.count()) await terms.check();
}

// Fills and sends the sign-up form on the current page, then confirms the address from the email that
// arrives; the account page opens, signed in.
export async function createAccount(
  page: Page,
  js: boolean,
  email: string,
  name: string,
  password = "a long enough passphrase",
) {
  await page.getByLabel("Email").fill(email);
  await page.getByRole("textbox", { name: "Display name" }).fill(name);
  await page.getByLabel("Password").fill(password);
  await acceptTermsIfAsked(page);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/check-email$/);
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  await confirmFromEmail(page, js, email);
}

// Starts a topic in a category as the signed-in member; the new topic's page opens.
export async function startTopic(page: Page, js: boolean, category: string, title: string, body: string) {
  await page.goto(`/forum/c/${category}`);
  await ready(page, js);
  await page.getByRole("link", { name: "New topic", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Start a topic" })).toBeVisible();
  await ready(page, js);
  await page.getByRole("textbox", { name: "Title" }).fill(title);
  await page.getByRole("textbox", { name: "Message" }).fill(body);
  await page.getByRole("button", { name: "Post topic" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(title);
}
