import { expect, test } from "@playwright/test";
import { createAccount, ready, signIn, signOut, startTopic } from "./helpers";

test("a member shares their link, a friend joins through it and posts, and the referrer's points arrive", async ({ page, javaScriptEnabled }) => {
  const js = javaScriptEnabled;
  const referrer = js ? "lin@demo.chorus.test" : "noor@demo.chorus.test";
  const referrerName = js ? "Lin Zhao" : "Noor Haddad";
  const friend = `friend-${js ? "js" : "nojs"}-${Date.now()}@example.com`;
  const friendName = js ? "Jo Referred" : "Max Referred";
  const problems: string[] = [];
  page.on("pageerror", (e) => problems.push(e.message));

  // The referrer copies their personal link from "Invite friends".
  await signIn(page, js, referrer);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Invite friends" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Invite friends" })).toBeVisible();
  await ready(page, js);
  const link = await page.getByLabel("Link", { exact: true }).inputValue();
  expect(link).toMatch(/\/r\/[a-z0-9]{6,16}$/);
  if (js) {
    await page.getByRole("button", { name: "Copy link" }).click();
    await expect(page.getByText("Link copied.")).toBeVisible();
  }
  await signOut(page);

  // A guest follows it: the sign-up form says who invited them.
  await page.goto(new URL(link).pathname);
  await expect(page).toHaveURL(/\/sign-up$/);
  await expect(page.getByRole("status").filter({ hasText: `You were invited by ${referrerName}.` })).toBeVisible();
  await ready(page, js);
  await createAccount(page, js, friend, friendName);

  // The friend's welcome bonus, then their first post (which qualifies the referral).
  await page.goto("/me/points");
  await ready(page, js);
  await expect(page.getByRole("table").getByRole("row").nth(1)).toContainText("Welcome bonus");
  await startTopic(page, js, "getting-started", `Hello from ${friendName}`, "A friend told me about this community.");
  await signOut(page);

  // The referrer sees the friend rewarded and the points in their history.
  await signIn(page, js, referrer);
  await page.goto("/me/referrals");
  await ready(page, js);
  const row = page.getByRole("row", { name: new RegExp(friendName) });
  await expect(row).toContainText("Rewarded");
  await page.goto("/me/points");
  await ready(page, js);
  const history = page.getByRole("table").getByRole("row").nth(1);
  await expect(history).toContainText("Referred a friend");
  await expect(history).toContainText("+200");
  expect(problems).toEqual([]);
});

test("an admin sees the burst held for review with its reason and approves it", async ({ page, javaScriptEnabled }) => {
  const js = javaScriptEnabled;
  await signIn(page, js, "admin@demo.chorus.test");
  await page.goto("/admin/referrals");
  await ready(page, js);
  await expect(page.getByRole("heading", { level: 1, name: "Referrals" })).toBeVisible();
  if (js) {
    // The demo's held referral (the third sign-up from one address within the hour).
    const held = page.getByRole("article", { name: /Ravi Patel/ });
    await expect(held).toContainText("Several sign-ups from one address");
    await expect(held).toContainText("Sign-up 3 through a referral link");
    await held.getByRole("button", { name: "Approve" }).click();
    await expect(page.getByRole("article", { name: /Ravi Patel/ })).toHaveCount(0);
    await expect(page.getByText("No referral is waiting for a decision.")).toBeVisible();
  }
  await page.goto("/admin/referrals?tab=flagged");
  await ready(page, js);
  await expect(page.getByRole("article", { name: /Sam W\./ })).toContainText("Self-referral");
  await expect(page.getByRole("article", { name: /Ravi Patel/ })).toContainText("Several sign-ups from one address");
});

test("an admin removes a spammer: their topic leaves the forum and they cannot come back", async ({ page, javaScriptEnabled }) => {
  const js = javaScriptEnabled;
  const stamp = `${js ? "js" : "nojs"}${Date.now()}`;
  const name = `Watch Seller ${stamp}`;
  const title = `Cheap watches ${stamp}`;

  // A spammer signs up and posts.
  await page.goto("/sign-up");
  await ready(page, js);
  await createAccount(page, js, `seller-${stamp}@example.com`, name);
  await startTopic(page, js, "getting-started", title, "Best prices, visit my shop.");
  await signOut(page);

  // The admin removes the account from the member list.
  await signIn(page, js, "admin@demo.chorus.test");
  await page.goto("/admin/members");
  await ready(page, js);
  const row = page.getByRole("row", { name: new RegExp(name) });
  await row.getByRole("button", { name: /^Remove as spam/ }).click();
  // A row's own answer shows with JavaScript only: without it the list comes back, and the row says what happened.
  if (js) await expect(row.getByRole("status")).toHaveText("Removed; 1 post hidden.");
  await page.goto("/admin/members");
  await expect(page.getByRole("row", { name: new RegExp(name) })).toContainText("Removed as spam");

  // Members no longer see the topic in its category.
  await page.goto("/forum/c/getting-started");
  await ready(page, js);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("link", { name: title })).toHaveCount(0);
  await signOut(page);

  // The account cannot sign in again.
  await page.goto("/sign-in");
  await ready(page, js);
  await page.getByLabel("Email").fill(`seller-${stamp}@example.com`);
  await page.getByLabel("Password").fill("a long enough passphrase");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("That email and password do not match an account.")).toBeVisible();
});

test("an admin previews a CSV of orders, records it, and the referrer sees a customer", async ({ page, javaScriptEnabled }) => {
  const js = javaScriptEnabled;
  const order = `E2E-${js ? "js" : "nojs"}-${Date.now()}`;
  const friend = js ? "kenji@demo.chorus.test" : "noor@demo.chorus.test";
  const referrer = js ? "ada@demo.chorus.test" : "sam@demo.chorus.test";
  const friendName = js ? "Kenji Mori" : "Noor Haddad";
  await signIn(page, js, "admin@demo.chorus.test");
  await page.goto("/admin/referrals?tab=customers");
  await ready(page, js);
  // The demo's customers: Lin bought twice, and a customer who never joined used Ada's code.
  await expect(page.getByRole("article", { name: /Lin Zhao/ })).toContainText("became a customer");
  await expect(page.getByRole("article", { name: /A customer \(not a member\)/ })).toBeVisible();

  const rows = `order_ref,email,amount\n${order},${friend},15.50\n${order}-x,nobody@example.org,1\n`;
  await page.getByLabel("Paste rows").fill(rows);
  await page.getByRole("button", { name: "Preview" }).click();
  const report = page.getByRole("region", { name: "Preview: nothing was recorded" });
  await expect(report.getByRole("status")).toHaveText("2 orders read: 1 would be recorded, 0 recorded before, 1 refused.");
  await expect(report.getByRole("table", { name: "Refused lines" })).toContainText("Nobody referred that email");
  await expect(report.getByRole("table", { name: /would be recorded/ })).toContainText("15.50 USD");

  await ready(page, js);
  await page.getByLabel("Paste rows").fill(rows);
  await page.getByRole("button", { name: "Record orders" }).click();
  const done = page.getByRole("region", { name: "Orders recorded" });
  await expect(done.getByRole("status")).toContainText("1 recorded, 0 recorded before, 1 refused.");
  await signOut(page);

  await signIn(page, js, referrer);
  await page.goto("/me/referrals");
  await ready(page, js);
  await expect(page.getByRole("row", { name: new RegExp(friendName) })).toContainText("Became a customer");
});
