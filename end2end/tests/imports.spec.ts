import { expect, test } from "@playwright/test";
import { ready, signIn } from "./helpers";

test("an admin previews a members file, imports it with a welcome email, then gives the new member an opening balance", async ({ page, javaScriptEnabled }) => {
  const js = javaScriptEnabled;
  const run = `${js ? "js" : "nojs"}-${Date.now()}`;
  const problems: string[] = [];
  page.on("pageerror", (e) => problems.push(e.message));
  await signIn(page, js, "admin@demo.chorus.test");
  await page.getByRole("navigation", { name: "Staff" }).getByRole("link", { name: "Import", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Import" })).toBeVisible();
  await ready(page, js);
  await expect(page.getByRole("table", { name: "Columns" })).toContainText("group slugs or names");

  // A spreadsheet export, chosen as a file: one good line, one repeated, one without an address.
  const members = `Email,Name,Groups\r\nimported-${run}@example.com,Imported ${run},\r\nIMPORTED-${run}@example.com,Again,\r\n,No address,\r\n`;
  const file = { name: "members.csv", mimeType: "text/csv", buffer: Buffer.from(members) };
  await page.getByLabel("Or choose a CSV file").setInputFiles(file);
  await page.getByRole("button", { name: "Preview" }).click();
  const preview = page.getByRole("region", { name: "Preview of members: nothing was imported" });
  await expect(preview.getByRole("status")).toHaveText(
    "3 rows read: 1 members would be imported, 0 had an account already (put in the groups their line names), 2 refused.",
  );
  await expect(preview.getByRole("table", { name: "Refused lines" })).toContainText("is on line 2 already.");
  await expect(preview.getByRole("table", { name: /would be imported/ })).toContainText(`Imported ${run}`);

  await ready(page, js);
  await page.getByLabel("Or choose a CSV file").setInputFiles(file);
  await page.getByLabel(/Email each new member/).check();
  await page.getByRole("button", { name: "Import members" }).click();
  const done = page.getByRole("region", { name: "Members imported" });
  await expect(done.getByRole("status")).toContainText("1 members imported");
  await expect(done.getByRole("status")).toContainText("Welcome emails sent: 1.");

  // Their opening balance, pasted; sent twice, it is added once.
  await page.getByRole("navigation", { name: "What to import" }).getByRole("link", { name: "Opening points balances" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Opening points balances" })).toBeVisible();
  await ready(page, js);
  const balances = `email,points,reason\nimported-${run}@example.com,750,Balance from our old programme\n`;
  for (const expected of ["1 balances imported, 0 imported before", "0 balances imported, 1 imported before"]) {
    await page.getByLabel("Paste rows").fill(balances);
    await page.getByRole("button", { name: "Import balances" }).click();
    await expect(page.getByRole("region", { name: "Opening points balances imported" }).getByRole("status")).toContainText(expected);
    await ready(page, js);
  }
  expect(problems).toEqual([]);
});
