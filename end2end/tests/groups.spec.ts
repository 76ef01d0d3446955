import { expect, test } from "@playwright/test";
import { createAccount, DEMO_PASSWORD, ready, signIn, signOut, startTopic } from "./helpers";

const ADMIN = "admin@demo.chorus.test";

// A customer advisory board: the admin makes a hidden group, adds a new member by address and opens a
// category only the group sees. The member finds it in the forum and writes there; another member finds no
// trace of it, and its address answers "not found".
test("a hidden group's private space is seen by its members only", async ({ page, javaScriptEnabled }) => {
  const js = javaScriptEnabled;
  const stamp = `${Date.now()}${js ? "j" : "n"}`;
  const email = `board-${stamp}@example.com`;
  const slug = `board-${stamp}`;
  const room = `room-${stamp}`;

  await page.goto("/sign-up");
  await ready(page, js);
  await createAccount(page, js, email, `Board member ${stamp}`, DEMO_PASSWORD);
  await signOut(page);

  await signIn(page, js, ADMIN);
  await page.goto("/groups");
  await expect(page.getByRole("heading", { name: "Groups", level: 1 })).toBeVisible();
  await ready(page, js);
  await page.getByRole("textbox", { name: "Name" }).fill(`Advisory board ${stamp}`);
  await page.getByRole("textbox", { name: "Address" }).fill(slug);
  await page.getByRole("radio", { name: "Only its members and the admins" }).check();
  await page.getByRole("radio", { name: "Admins add members" }).check();
  await page.getByRole("button", { name: "Make the group" }).click();
  await expect(page).toHaveURL(new RegExp(`/groups/${slug}\\?saved=1$`));
  await expect(page.getByRole("heading", { name: `Advisory board ${stamp}`, level: 1 })).toBeVisible();
  await ready(page, js);
  await page.getByRole("textbox", { name: "People" }).fill(email);
  await page.getByRole("button", { name: "Add them" }).click();
  await expect(page.getByRole("cell", { name: `Board member ${stamp}`, exact: true })).toBeVisible();

  await page.goto("/admin/categories");
  await expect(page.getByRole("heading", { name: "New category" })).toBeVisible();
  await ready(page, js);
  await page.locator("#cat-new-name").fill(`Board room ${stamp}`);
  await page.locator("#cat-new-slug").fill(room);
  await page.locator("#cat-new-group").selectOption({ label: `Only the group Advisory board ${stamp}` });
  await page.getByRole("button", { name: "Create category" }).click();
  await expect(page.getByText(`Board room ${stamp} (private: Advisory board ${stamp})`)).toBeVisible();
  await signOut(page);

  await signIn(page, js, email);
  await page.goto("/forum");
  await expect(page.getByRole("link", { name: `Board room ${stamp}` })).toBeVisible();
  await expect(page.getByText(`Private: only the group Advisory board ${stamp} sees it`)).toBeVisible();
  await startTopic(page, js, room, `Roadmap ${stamp}`, "Only for the board.");
  await signOut(page);

  await signIn(page, js, "ada@demo.chorus.test");
  await page.goto("/forum");
  await expect(page.getByRole("link", { name: "Announcements" })).toBeVisible();
  await expect(page.getByText(`Board room ${stamp}`)).toHaveCount(0);
  const answer = await page.goto(`/forum/c/${room}`);
  expect(answer?.status()).toBe(404);
  await page.goto(`/search?q=${encodeURIComponent(`Roadmap ${stamp}`)}`);
  await expect(page.getByRole("link", { name: `Roadmap ${stamp}` })).toHaveCount(0);
  await page.goto("/groups");
  await expect(page.getByText(`Advisory board ${stamp}`)).toHaveCount(0);
});
