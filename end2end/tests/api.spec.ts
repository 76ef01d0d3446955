import { expect, test } from "@playwright/test";
import { ready, signIn } from "./helpers";

const ADMIN = "admin@demo.chorus.test";

// An admin makes an API token for another system: a form left without scopes says what is missing; the
// secret is shown once, works against the REST API, is gone after a reload, and stops working when revoked.
// The reference the page links to reads without JavaScript.
test("an admin makes an API token, uses it once shown, and revokes it", async ({ page, javaScriptEnabled }) => {
  const js = javaScriptEnabled;
  const name = `CRM sync ${Date.now()}${js ? "j" : "n"}`;
  await signIn(page, js, ADMIN);
  await page.goto("/admin/api");
  await expect(page.getByRole("heading", { name: "API tokens", level: 1 })).toBeVisible();
  await ready(page, js);

  await page.getByRole("textbox", { name: "Name", exact: true }).fill(name);
  await page.getByRole("button", { name: "Create token" }).click();
  await expect(page.getByText("Choose at least one thing the token may do.").first()).toBeVisible();

  await page.getByRole("textbox", { name: "Name", exact: true }).fill(name);
  await page.getByRole("checkbox", { name: /members:read/ }).check();
  await page.getByRole("checkbox", { name: /points:write/ }).check();
  await page.getByRole("button", { name: "Create token" }).click();
  await expect(page.getByText(`“${name}” is ready.`)).toBeVisible();
  const secret = await page.getByLabel("Secret").inputValue();
  expect(secret).toMatch(/^chorus_[0-9a-f]{64}$/);
  const row = page.getByRole("row").filter({ hasText: name });
  await expect(row).toContainText("members:read, points:write");
  await expect(row).toContainText("Active");

  const members = await page.request.get("/api/v1/members?limit=5", { headers: { authorization: `Bearer ${secret}` } });
  expect(members.status()).toBe(200);
  expect((await members.json()).data.length).toBe(5);

  await page.reload();
  await expect(page.getByRole("row").filter({ hasText: name })).toContainText("Active");
  await expect(page.getByText(`“${name}” is ready.`)).toHaveCount(0);

  await ready(page, js);
  await page.getByRole("button", { name: `Revoke the token ${name}` }).click();
  await expect(page.getByRole("row").filter({ hasText: name })).toContainText("Revoked");
  const refused = await page.request.get("/api/v1/members", { headers: { authorization: `Bearer ${secret}` } });
  expect(refused.status()).toBe(401);
  expect((await refused.json()).type).toBe("/api/docs#problem-unauthorized");

  await page.getByRole("link", { name: "REST API" }).click();
  await expect(page.getByRole("heading", { name: "Chorus API reference" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "POST /api/v1/members/{id}/points" })).toBeVisible();
});

// An admin adds a webhook endpoint: a form without events says what is missing, a private address is
// refused with the reason, then the endpoint's page shows its signing secret, which "New secret" replaces;
// deleting it takes it off the list.
test("an admin adds a webhook endpoint and rolls its secret", async ({ page, javaScriptEnabled }) => {
  const js = javaScriptEnabled;
  const address = `https://93.184.216.34/hooks/${Date.now()}${js ? "j" : "n"}`;
  await signIn(page, js, ADMIN);
  await page.goto("/admin/webhooks");
  await expect(page.getByRole("heading", { name: "Webhooks", level: 1 })).toBeVisible();
  await ready(page, js);

  await page.getByLabel("Address (https://…)").fill(address);
  await page.getByRole("button", { name: "Add endpoint" }).click();
  await expect(page.getByText("Choose at least one event to send.").first()).toBeVisible();

  await page.getByLabel("Address (https://…)").fill("http://127.0.0.1:9/hooks");
  await page.getByRole("checkbox", { name: /member\.joined/ }).check();
  await page.getByRole("button", { name: "Add endpoint" }).click();
  await expect(page.getByText(/Chorus does not send webhooks into its own network/).first()).toBeVisible();

  await page.getByLabel("Address (https://…)").fill(address);
  await page.getByRole("checkbox", { name: /member\.joined/ }).check();
  await page.getByRole("checkbox", { name: /points\.changed/ }).check();
  await page.getByRole("button", { name: "Add endpoint" }).click();
  await page.getByRole("link", { name: address }).click();
  await expect(page.getByRole("heading", { name: address })).toBeVisible();
  await ready(page, js);
  const secret = page.getByLabel("Signing secret");
  const first = await secret.inputValue();
  expect(first).toMatch(/^whsec_[0-9a-f]{64}$/);
  await page.getByRole("button", { name: "New secret" }).click();
  await expect(secret).not.toHaveValue(first);
  await expect(page.getByText("Nothing sent yet")).toBeVisible();

  // Deleted, it leaves the list (and the journeys send nothing to that outside address).
  await page.getByRole("button", { name: "Delete endpoint" }).click();
  await expect(page.getByText("The endpoint and its log are deleted.")).toBeVisible();
  await page.goto("/admin/webhooks");
  await ready(page, js);
  await expect(page.getByRole("link", { name: address })).toHaveCount(0);
});
