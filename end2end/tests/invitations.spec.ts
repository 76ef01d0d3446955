import { expect, test } from "@playwright/test";
import { acceptTermsIfAsked, ready, signIn, signOut } from "./helpers";
import { linkIn, waitForMail } from "./mail";

function uniqueEmail(who: string): string {
  return `${who}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.com`;
}

test("an invitation is sent, uploaded in bulk, and accepted from the email", async ({ page, javaScriptEnabled }) => {
  const js = javaScriptEnabled;
  const invitee = uniqueEmail("invitee");
  const listed = uniqueEmail("listed");

  // The admin invites one address with the form.
  await signIn(page, js, "admin@demo.chorus.test");
  await page.goto("/admin/invitations");
  await expect(page.getByRole("heading", { name: "Invitations", exact: true })).toBeVisible();
  await ready(page, js);
  await page.getByLabel("Email", { exact: true }).fill(invitee);
  await page.getByLabel("Name (optional)").fill("Ines Invited");
  await page.getByRole("button", { name: "Send invitation" }).click();
  const row = page.getByRole("row").filter({ hasText: invitee });
  await expect(row).toContainText("Sent");
  await expect(row.getByRole("button", { name: `Withdraw the invitation to ${invitee}` })).toBeVisible();

  // And a CSV file: the good line is invited, the bad one is listed with its reason.
  await ready(page, js);
  await page.getByLabel("Or choose a CSV file").setInputFiles({
    name: "people.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(`email,name,role\n${listed},Lee Listed,member\nnot-an-address,Nobody,\n`),
  });
  await page.getByRole("button", { name: "Invite everyone" }).click();
  await expect(page).toHaveURL(/\/admin\/invitations\?batch=\d+$/);
  await expect(page.getByText("2 rows read: 1 invited, 1 refused.")).toBeVisible();
  await expect(page.getByRole("table", { name: "Refused lines" }).getByRole("row").filter({ hasText: "not-an-address" })).toContainText("3");
  await expect(page.getByRole("row").filter({ hasText: listed })).toContainText("Sent");
  await ready(page, js);
  await signOut(page);

  // The invitee opens the link from the email: the address is there and confirmed; they choose a password.
  const mail = await waitForMail(invitee, "You are invited to join");
  await page.goto(linkIn(mail, "/join/invitation"));
  await expect(page.getByRole("heading", { name: "Accept your invitation" })).toBeVisible();
  await expect(page.getByText(invitee)).toBeVisible();
  await ready(page, js);
  await expect(page.getByRole("textbox", { name: "Display name" })).toHaveValue("Ines Invited");
  await page.getByLabel("Password").fill("an invited passphrase");
  await acceptTermsIfAsked(page);
  await page.getByRole("button", { name: "Join the community" }).click();
  await expect(page).toHaveURL(/\/account\?joined=1$/);
  await expect(page.getByText("Welcome! Your account is ready and your address is confirmed.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Account of Ines Invited" })).toBeVisible();
  await ready(page, js);
  await signOut(page);

  // The admin sees it joined; the same link cannot be used again.
  await page.goto(linkIn(mail, "/join/invitation"));
  await expect(page.getByText("This invitation was used already")).toBeVisible();
  await signIn(page, js, "admin@demo.chorus.test");
  await page.goto("/admin/invitations?status=joined");
  await expect(page.getByRole("row").filter({ hasText: invitee })).toContainText("Joined");
});
