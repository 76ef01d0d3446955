import { expect, Page } from "@playwright/test";

// With JavaScript on, waits until the page has hydrated (the app marks the body). A page for someone who is not
// signed in loads no app at all (app::shell::hydration): it is ready once it has loaded.
export async function ready(page: Page, js: boolean) {
  if (!js) return;
  await page.waitForLoadState("domcontentloaded");
  if (await page.locator("link[rel=modulepreload]").count()) {
    await expect(page.locator("body[data-hydrated='true']")).toHaveCount(1);
  }
}
