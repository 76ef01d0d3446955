import { expect, Page } from "@playwright/test";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { ready } from "./ready";

// The maildir of the SMTP server the portals send to (started by playwright.config.ts).
const maildir = () => join(process.env.CHORUS_E2E_MAILDIR ?? `${process.env.TMPDIR ?? "/tmp"}/chorus-e2e-mail`, "new");

/** A received email, decoded enough to read its headers and follow its links. */
export interface Mail {
  to: string;
  subject: string;
  body: string;
}

// Quoted-printable soft line breaks and escapes, as lettre writes them.
function decodeQuotedPrintable(text: string): string {
  return text.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/g, (_, hex) => String.fromCharCode(parseInt(hex, 16)));
}

function header(raw: string, name: string): string {
  const match = raw.match(new RegExp(`^${name}:\\s*(.*)$`, "im"));
  return match ? match[1].trim() : "";
}

function received(): Mail[] {
  let files: string[] = [];
  try {
    files = readdirSync(maildir()).map((f) => join(maildir(), f));
  } catch {
    return [];
  }
  files.sort((a, b) => statSync(a).mtimeMs - statSync(b).mtimeMs);
  return files.map((f) => {
    const raw = readFileSync(f, "utf8");
    return { to: header(raw, "To"), subject: header(raw, "Subject"), body: decodeQuotedPrintable(raw) };
  });
}

/** Waits for the newest email to `to` whose subject starts with `subject`, received after `after` emails. */
export async function waitForMail(to: string, subject: string): Promise<Mail> {
  let found: Mail | undefined;
  await expect
    .poll(() => {
      found = received()
        .reverse()
        .find((m) => m.to.toLowerCase().includes(to.toLowerCase()) && m.subject.startsWith(subject));
      return found !== undefined;
    }, { message: `an email "${subject}" to ${to}`, timeout: 20_000 })
    .toBe(true);
  return found!;
}

/** The first link in an email that goes to `path` on the portal. */
export function linkIn(mail: Mail, path: string): string {
  const match = mail.body.match(new RegExp(`https?://[^\\s"<>]+${path}\\?token=[0-9a-f]{64}`));
  if (!match) throw new Error(`no ${path} link in:\n${mail.body}`);
  return match[0];
}

/** Opens the confirmation email sent to `email` and confirms the address; the account page opens. */
export async function confirmFromEmail(page: Page, js: boolean, email: string) {
  const mail = await waitForMail(email, "Confirm your email address");
  await page.goto(linkIn(mail, "/confirm-email"));
  await ready(page, js);
  await page.getByRole("button", { name: "Confirm my address" }).click();
  await expect(page).toHaveURL(/\/account\?confirmed=1$/);
  await expect(page.getByText("Your email address is confirmed.")).toBeVisible();
}
