import { Browser, expect, Page, test } from "@playwright/test";
import { acceptTermsIfAsked, createAccount, ready, signIn, signOut, startTopic } from "./helpers";
import { linkIn, waitForMail } from "./mail";

const ADMIN = "admin@demo.chorus.test";
const MODERATOR = "moderator@demo.chorus.test";
const PASSWORD = "a long enough passphrase";

async function saveJoinPolicy(page: Page, js: boolean, mode: RegExp, questions = "", held = "0") {
  await page.goto("/admin/registration");
  await expect(page.getByRole("heading", { name: "Who may join" })).toBeVisible();
  await ready(page, js);
  await page.getByRole("radio", { name: mode }).check();
  await page.getByLabel("Questions for applicants").fill(questions);
  await page.getByLabel("New members' first posts held for approval").fill(held);
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Saved: the sign-up page follows it now.")).toBeVisible();
}

// Whatever happened in a journey, the community is open again (and holds no posts) for the journeys after it.
async function reopen(browser: Browser, baseURL: string | undefined) {
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
  const page = await context.newPage();
  await signIn(page, false, ADMIN);
  await saveJoinPolicy(page, false, /^Open/);
  await context.close();
}

test.afterEach(async ({ browser, baseURL }) => {
  await reopen(browser, baseURL);
});

// Joining by approval: the applicant answers the admin's question, confirms their address, waits; the admin
// approves from the queue and the applicant signs in with the password they chose. Then invitation-only
// closes the sign-up page and the header's Join link.
test("an applicant is approved by an admin, and invitation-only closes sign-up", async ({ page, javaScriptEnabled }) => {
  const js = javaScriptEnabled;
  const stamp = `${Date.now()}${js ? "j" : "n"}`;
  const email = `applicant-${stamp}@example.com`;
  const name = `Applicant ${stamp}`;
  await signIn(page, js, ADMIN);
  await saveJoinPolicy(page, js, /^By approval/, "What brings you to the community?");
  await signOut(page);

  await page.goto("/sign-up");
  await ready(page, js);
  await expect(page.getByRole("heading", { name: "Apply to join" })).toBeVisible();
  await page.getByLabel("Email").fill(email);
  await page.getByRole("textbox", { name: "Display name" }).fill(name);
  await page.getByLabel("Password").fill(PASSWORD);
  await acceptTermsIfAsked(page);
  await page.getByRole("button", { name: "Send my application" }).click();
  await expect(page.getByText("Answer question 1: “What brings you to the community?”")).toBeVisible();
  // Without JavaScript the page came back empty, with the reason: fill it in again.
  await page.getByLabel("Email").fill(email);
  await page.getByRole("textbox", { name: "Display name" }).fill(name);
  await page.getByLabel("Password").fill(PASSWORD);
  await acceptTermsIfAsked(page);
  await page.getByRole("textbox", { name: "What brings you to the community?" }).fill("We run Acme for 40 teams.");
  await page.getByRole("button", { name: "Send my application" }).click();
  await expect(page).toHaveURL(/\/check-email\?applied=1$/);
  await expect(page.getByText(/your application then goes to the team/)).toBeVisible();

  const mail = await waitForMail(email, "Confirm your address to send your application");
  await page.goto(linkIn(mail, "/apply/confirm"));
  await ready(page, js);
  await page.getByRole("button", { name: "Confirm and send my application" }).click();
  await expect(page.getByRole("heading", { name: "Thank you: your application is with the team" })).toBeVisible();

  await signIn(page, js, ADMIN);
  await page.goto("/admin/applications");
  await ready(page, js);
  const card = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name }) });
  await expect(card.getByText("We run Acme for 40 teams.")).toBeVisible();
  await card.getByRole("button", { name: `Approve ${name}` }).click();
  await expect(page.getByRole("heading", { name })).toHaveCount(0);
  await page.goto("/admin/applications?status=approved");
  await expect(page.getByRole("heading", { name })).toBeVisible();
  await signOut(page);

  await waitForMail(email, "Welcome: your application was approved");
  await page.goto("/sign-in");
  await ready(page, js);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/account$/);
  await signOut(page);

  await signIn(page, js, ADMIN);
  await saveJoinPolicy(page, js, /^Invitation only/);
  await signOut(page);
  await page.goto("/");
  await ready(page, js);
  await expect(page.getByRole("link", { name: "Join", exact: true })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Join the community" })).toHaveCount(0);
  await page.goto("/sign-up");
  await expect(page.getByRole("heading", { name: "Joining is by invitation" })).toBeVisible();
  await expect(page.getByRole("button", { name: /Create account|Send my application/ })).toHaveCount(0);
});

// A moderator silences a member (who can read but not post), lifts it, then suspends them (signed out, and
// told why at sign-in) and lifts that too.
test("a moderator silences and suspends a member, and lifts both", async ({ page, browser, baseURL, javaScriptEnabled }) => {
  const js = javaScriptEnabled;
  const stamp = `${Date.now()}${js ? "j" : "n"}`;
  const email = `quiet-${stamp}@example.com`;
  const handle = `quiet${stamp}`;

  const memberContext = await browser.newContext({ baseURL, javaScriptEnabled: js });
  const member = await memberContext.newPage();
  await member.goto("/sign-up");
  await ready(member, js);
  await createAccount(member, js, email, `Quiet ${stamp}`, PASSWORD);

  await signIn(page, js, MODERATOR);
  await page.goto(`/u/${handle}`);
  await ready(page, js);
  await page.getByRole("link", { name: "Suspend or silence…" }).click();
  await expect(page.getByRole("heading", { name: `Quiet ${stamp}` })).toBeVisible();
  await expect(page.getByText("In good standing")).toBeVisible();
  await ready(page, js);
  await page.getByRole("radio", { name: /^Silence/ }).check();
  await page.getByLabel("For").selectOption({ label: "1 week" });
  await page.getByLabel("Reason (the member is shown it)").fill("Links to a spam site in three replies.");
  await page.getByRole("button", { name: "Restrict" }).click();
  await expect(page.getByText(/Silenced until .* Reason: Links to a spam site/)).toBeVisible();

  await member.goto("/forum/c/getting-started");
  await ready(member, js);
  await member.getByRole("link", { name: "New topic", exact: true }).click();
  await ready(member, js);
  await member.getByRole("textbox", { name: "Title" }).fill("Buy cheap things");
  await member.getByRole("textbox", { name: "Message" }).fill("Visit my site.");
  await member.getByRole("button", { name: "Post topic" }).click();
  await expect(member.getByText(/You cannot post until .*Links to a spam site/)).toBeVisible();

  await page.getByRole("button", { name: "Lift the silence" }).click();
  await expect(page.getByText("In good standing")).toBeVisible();

  await page.getByRole("radio", { name: /^Suspend/ }).check();
  await page.getByLabel("Reason (the member is shown it)").fill("Harassing another member.");
  await page.getByRole("button", { name: "Restrict" }).click();
  await expect(page.getByText(/Suspended until .* Reason: Harassing another member/)).toBeVisible();

  await member.goto("/");
  await expect(member.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Sign in" })).toBeVisible();
  await member.goto("/sign-in");
  await ready(member, js);
  await member.getByLabel("Email").fill(email);
  await member.getByLabel("Password").fill(PASSWORD);
  await member.getByRole("button", { name: "Sign in" }).click();
  await expect(member.getByText(/Your account is suspended until .*Harassing another member/)).toBeVisible();

  await page.getByRole("button", { name: "Lift the suspension" }).click();
  await expect(page.getByText("In good standing")).toBeVisible();
  await member.goto("/sign-in");
  await ready(member, js);
  await member.getByLabel("Email").fill(email);
  await member.getByLabel("Password").fill(PASSWORD);
  await member.getByRole("button", { name: "Sign in" }).click();
  await expect(member).toHaveURL(/\/account$/);
  await memberContext.close();
});

// A new member's first post waits: the admin holds the first post of new members; the member sees their topic
// marked as waiting while nobody else finds it; a moderator approves it from the queue and it is everyone's.
// The admin then opens the member's page from the member list and finds the post there.
test("a new member's first post waits for a moderator's approval", async ({ page, browser, baseURL, javaScriptEnabled }) => {
  const js = javaScriptEnabled;
  const stamp = `${Date.now()}${js ? "j" : "n"}`;
  const email = `newbie-${stamp}@example.com`;
  const name = `Newbie ${stamp}`;
  const title = `First words ${stamp}`;
  await signIn(page, js, ADMIN);
  await saveJoinPolicy(page, js, /^Open/, "", "1");
  await signOut(page);

  const memberContext = await browser.newContext({ baseURL, javaScriptEnabled: js });
  const member = await memberContext.newPage();
  await member.goto("/sign-up");
  await ready(member, js);
  await createAccount(member, js, email, name, PASSWORD);
  await startTopic(member, js, "getting-started", title, "Hello, everyone.");
  await expect(member.getByText("Waiting for a moderator's approval")).toBeVisible();
  const topicUrl = member.url();

  await signIn(page, js, MODERATOR);
  const hidden = await page.goto("/forum/c/getting-started");
  expect(hidden?.status()).toBe(200);
  await expect(page.getByRole("link", { name: title })).toHaveCount(0);
  await page.goto("/mod/held");
  await expect(page.getByRole("heading", { name: "Posts awaiting approval", level: 1 })).toBeVisible();
  await ready(page, js);
  const card = page.locator("section", { has: page.getByRole("heading", { name: new RegExp(title) }) });
  await expect(card.getByText("Hello, everyone.")).toBeVisible();
  await card.getByRole("button", { name: "Approve" }).click();
  await expect(page.getByRole("heading", { name: new RegExp(title) })).toHaveCount(0);
  await signOut(page);

  const guest = await browser.newContext({ baseURL, javaScriptEnabled: js });
  const visitor = await guest.newPage();
  const shown = await visitor.goto(topicUrl);
  expect(shown?.status()).toBe(200);
  await expect(visitor.getByText("Hello, everyone.")).toBeVisible();
  await guest.close();
  await memberContext.close();

  await signIn(page, js, ADMIN);
  await page.goto(`/admin/members?q=${encodeURIComponent(email)}`);
  await ready(page, js);
  await page.getByRole("link", { name, exact: true }).click();
  await expect(page.getByRole("heading", { name, level: 1 })).toBeVisible();
  await expect(page.getByRole("link", { name: `${title} #1` })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Points ledger" })).toBeVisible();
});
