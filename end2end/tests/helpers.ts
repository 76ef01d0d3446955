import { expect, Page } from "@playwright/test";

// The demo community (seeded before the servers start) provides the people; they share this password.
export const DEMO_PASSWORD = "chorus-demo-password";

// With JavaScript on, waits until the page has hydrated (the app marks the body).
export async function ready(page: Page, js: boolean) {
  if (js) await expect(page.locator("body[data-hydrated='true']")).toHaveCount(1);
}

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
