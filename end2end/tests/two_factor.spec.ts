import { expect, test } from "@playwright/test";
import { createHmac } from "node:crypto";
import { createAccount, DEMO_PASSWORD, ready, signOut } from "./helpers";

// The code an authenticator app shows (RFC 6238: HMAC-SHA1, 6 digits, 30-second steps) for a base32 key.
function totp(key: string, at = Date.now()): string {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  let bits = "";
  for (const ch of key.replace(/\s/g, "").toUpperCase()) bits += alphabet.indexOf(ch).toString(2).padStart(5, "0");
  const bytes = Buffer.from(bits.match(/.{8}/g)!.map((b) => parseInt(b, 2)));
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(at / 1000 / 30)));
  const mac = createHmac("sha1", bytes).update(counter).digest();
  const offset = mac[mac.length - 1] & 15;
  return ((mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000).toString().padStart(6, "0");
}

// A member turns on two-factor sign-in at their security page (scanning the QR code, or typing the key),
// keeps the recovery codes shown once, and is asked for a code at their next sign-in.
test("a member turns on two-factor sign-in and is asked for a code", async ({ page, javaScriptEnabled }) => {
  const js = javaScriptEnabled !== false;
  // Codes made now must be checked within their step (with one step of drift): start early in one.
  const into = (Date.now() / 1000) % 30;
  if (into > 20) await page.waitForTimeout((31 - into) * 1000);
  const email = `two-factor-${js ? "js" : "nojs"}-${Date.now()}@example.com`;
  await page.goto("/sign-up");
  await ready(page, js);
  await createAccount(page, js, email, "Tess Factor", DEMO_PASSWORD);

  await page.goto("/me/security");
  await ready(page, js);
  await page.getByRole("button", { name: "Set up two-factor sign-in" }).click();
  await expect(page.getByRole("img", { name: "QR code for your authenticator app" })).toBeVisible();
  const key = (await page.locator("code.secret").textContent())!;
  await page.getByLabel("Code from your app").fill("000000");
  await page.getByRole("button", { name: "Turn on" }).click();
  await expect(page.getByText("That code does not match")).toBeVisible();
  await page.getByLabel("Code from your app").fill(totp(key));
  await page.getByRole("button", { name: "Turn on" }).click();
  await expect(page.getByText("Your recovery codes.")).toBeVisible();
  await expect(page.locator(".recovery-codes li")).toHaveCount(10);
  await expect(page.getByText("10 recovery codes left")).toBeVisible();

  await signOut(page);
  await page.goto("/sign-in");
  await ready(page, js);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL(/\/sign-in\/two-factor$/);
  await expect(page.getByRole("heading", { name: "Two-factor sign-in" })).toBeVisible();
  await ready(page, js);
  // The code used to turn it on does not work twice; the next one does.
  await page.getByLabel("Code").fill(totp(key));
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("That code is not right, or was used already")).toBeVisible();
  await page.getByLabel("Code").fill(totp(key, Date.now() + 30_000));
  await page.getByLabel("Remember this device for 30 days").check();
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.locator("dd", { hasText: email })).toBeVisible();
});
