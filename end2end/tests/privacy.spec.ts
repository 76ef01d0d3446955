import { expect, test } from "@playwright/test";
import { readFileSync } from "node:fs";
import { createAccount, ready } from "./helpers";

const PASSWORD = "a long enough passphrase";

// A new member says who she is, changes her handle, downloads her data and deletes her account; with
// JavaScript on and off (each project runs it with its own address).
test("a member fills in her profile, downloads her data and deletes her account", async ({ page, javaScriptEnabled }) => {
  const js = javaScriptEnabled;
  const problems: string[] = [];
  page.on("pageerror", (e) => problems.push(e.message));
  const stamp = `${Date.now()}${js ? "j" : "n"}`;
  const email = `leaver-${stamp}@example.com`;
  const handle = `leaver_${stamp}`.slice(0, 30);

  await page.goto("/sign-up");
  await ready(page, js);
  await createAccount(page, js, email, "Lea Leaver");

  // Her details: a script link is refused with its name, then a real one is saved and shown.
  await page.goto("/me/profile");
  await expect(page.getByRole("heading", { name: "Your profile" })).toBeVisible();
  await ready(page, js);
  await page.getByLabel("Bio").fill("I look after **customer success**.");
  await page.getByLabel("Job title").fill("Customer Success Lead");
  await page.getByLabel("Company").fill("Leaver & Co");
  await page.getByLabel("Website").fill("javascript:alert(1)");
  await page.getByRole("button", { name: "Save details" }).click();
  await expect(page.getByText("a “javascript:” link is not allowed")).toBeVisible();
  if (js) await expect(page.getByLabel("Website")).toHaveAttribute("aria-invalid", "true");
  // Without JavaScript the refusal comes back as a new page, so the form is filled again.
  await page.getByLabel("Bio").fill("I look after **customer success**.");
  await page.getByLabel("Job title").fill("Customer Success Lead");
  await page.getByLabel("Company").fill("Leaver & Co");
  await page.getByLabel("Website").fill("leaver.example");
  await page.getByRole("button", { name: "Save details" }).click();
  await expect(page.getByText("Your details are saved.")).toBeVisible();

  // A new handle; the old address leads to the new one.
  const old = await page.getByRole("textbox", { name: "Handle" }).inputValue();
  await page.getByRole("textbox", { name: "Handle" }).fill(handle);
  await page.getByRole("button", { name: "Change handle" }).click();
  await expect(page.getByText("Your handle is changed.")).toBeVisible();
  await page.goto(`/u/${old}`);
  await expect(page).toHaveURL(new RegExp(`/u/${handle}$`));
  await expect(page.getByRole("heading", { name: /Lea Leaver/ })).toBeVisible();
  await expect(page.getByText("Customer Success Lead at Leaver & Co")).toBeVisible();
  await expect(page.getByRole("link", { name: "leaver.example" })).toHaveAttribute("href", "https://leaver.example");
  await expect(page.locator(".profile-bio strong")).toHaveText("customer success");

  // Her data, as one JSON file.
  await page.goto("/me/profile");
  await page.getByRole("link", { name: "Download your data" }).click();
  await expect(page.getByRole("heading", { name: "Download your data" })).toBeVisible();
  await ready(page, js);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download my data (JSON)" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^chorus-data-\d+-\d{4}-\d{2}-\d{2}\.json$/);
  const doc = JSON.parse(readFileSync((await download.path()) ?? "", "utf8"));
  expect(doc.account.email).toBe(email);
  expect(doc.account.handle).toBe(handle);
  expect(doc.account.job_title).toBe("Customer Success Lead");
  expect(doc.previous_handles[0].handle).toBe(old);

  // Deleting: a wrong password is refused and nothing changes; the right one ends it.
  await page.goto("/me/delete");
  await expect(page.getByRole("heading", { name: "Delete your account" })).toBeVisible();
  await ready(page, js);
  await page.getByLabel("Remove them").check();
  await page.getByLabel("Your password").fill("not my password at all");
  await page.getByLabel("I understand that my account is deleted for good.").check();
  await page.getByRole("button", { name: "Delete my account" }).click();
  await expect(page.getByText("That password is not correct.")).toBeVisible();
  await page.goto("/me/delete");
  await ready(page, js);
  await page.getByLabel("Your password").fill(PASSWORD);
  await page.getByLabel("I understand that my account is deleted for good.").check();
  await page.getByRole("button", { name: "Delete my account" }).click();
  await expect(page).toHaveURL(/\/goodbye$/);
  await expect(page.getByRole("heading", { name: "Your account is deleted" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Sign in" })).toBeVisible();

  // Her page is gone and she cannot sign in again.
  const gone = await page.goto(`/u/${handle}`);
  expect(gone?.status()).toBe(404);
  await page.goto("/sign-in");
  await ready(page, js);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("That email and password do not match an account.")).toBeVisible();
  expect(problems).toEqual([]);
});
