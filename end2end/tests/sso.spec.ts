import { expect, test } from "@playwright/test";
import { OIDC_PORT, OIDC_SECRET } from "../playwright.config";
import { ready, signIn } from "./helpers";

// Single sign-on against a real OpenID provider (end2end/oidc/provider.mjs): an admin adds the provider, a new
// member signs in with it (the account is made at the first sign-in), sees it linked on their security page,
// and signs out — through the provider's end-session page with JavaScript, or with the sign-in page saying the
// provider's session may still be open without it.
test("a member signs in through an OpenID provider, first time and again", async ({ page, baseURL, javaScriptEnabled }) => {
  const js = javaScriptEnabled !== false;
  const mode = js ? "js" : "nojs";
  const slug = `idp-${mode}`;
  const port = new URL(baseURL!).port;
  const issuer = `http://127.0.0.1:${OIDC_PORT}`;
  const sub = `journey-${port}-${mode}-${Date.now()}`;
  const email = `${sub}@idp.example.com`;
  const account = await fetch(`${issuer}/_test/accounts`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ sub, email, email_verified: true, name: "Sam Single", groups: [] }),
  });
  expect(account.status).toBe(204);

  // The admin adds the provider (once per portal and mode: a second run finds it there).
  await signIn(page, js, "admin@demo.chorus.test");
  await page.goto("/admin/sso");
  await ready(page, js);
  if ((await page.getByRole("heading", { name: `Test IdP ${mode}` }).count()) === 0) {
    const form = page.locator("section", { has: page.getByRole("heading", { name: "New provider" }) });
    await form.getByLabel("Name on the button").fill(`Test IdP ${mode}`);
    await form.getByLabel("Short name for addresses").fill(slug);
    await form.getByLabel("Issuer").fill(issuer);
    await form.getByLabel("Client id").fill(`chorus-${port}-${mode}`);
    await form.getByLabel("Client secret").fill(OIDC_SECRET);
    await form.getByLabel("Scopes").fill("openid email profile");
    await form.getByLabel(/Create an account at a first sign-in/).check();
    await form.getByRole("button", { name: "Add provider" }).click();
    await expect(page.getByRole("heading", { name: `Test IdP ${mode}` })).toBeVisible();
  }
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Sign in" })).toBeVisible();

  // A guest signs in with it: the provider's login page, then back, signed in to a new account.
  await page.goto("/sign-in");
  await ready(page, js);
  await page.getByRole("link", { name: `Sign in with Test IdP ${mode}` }).click();
  await expect(page).toHaveTitle("Test identity provider");
  await page.getByLabel("Account").fill(sub);
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page).toHaveURL(/\/account$/);
  await ready(page, js);
  await expect(page.locator("dd", { hasText: email })).toBeVisible();

  await page.goto("/me/security");
  await ready(page, js);
  await expect(page.getByText(`linked as ${email}`)).toBeVisible();
  await expect(page.getByText("You have no password here")).toBeVisible();

  // Signing out.
  await page.getByRole("button", { name: "Sign out" }).click();
  if (js) {
    // Single logout: the provider's end-session page, then back to the community's home page.
    await expect(page.getByRole("heading", { name: "Sign out of the test identity provider?" })).toBeVisible();
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(new RegExp(`^${baseURL}/$`));
  } else {
    await expect(page).toHaveURL(new RegExp(`/sign-in\\?signed_out=${slug}$`));
    await expect(page.getByText(`You may still be signed in at Test IdP ${mode}`)).toBeVisible();
  }
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Sign in" })).toBeVisible();

  // Again: the same account, no new one.
  await page.goto("/sign-in");
  await ready(page, js);
  await page.getByRole("link", { name: `Sign in with Test IdP ${mode}` }).click();
  // Without JavaScript the provider's session is still open (see above), so it may not ask again.
  await page.waitForURL((url) => url.pathname === "/account" || url.port === String(OIDC_PORT));
  if (new URL(page.url()).port === String(OIDC_PORT)) {
    await page.getByLabel("Account").fill(sub);
    await page.getByRole("button", { name: "Continue" }).click();
  }
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.locator("dd", { hasText: email })).toBeVisible();
});
