import { expect, Page, test } from "@playwright/test";
import { ready, signIn, signOut } from "./helpers";

async function decide(page: Page, js: boolean, tab: string, title: string, button: string, message = "") {
  await page.goto(`/mod/stories?tab=${tab}`);
  await ready(page, js);
  const item = page.getByRole("article", { name: title });
  if (message) await item.getByLabel("Message to the author").fill(message);
  await item.getByRole("button", { name: button, exact: true }).click();
  await expect(page.getByRole("article", { name: title })).toHaveCount(0);
}

test("an advocate submits a story, revises it on request, it is featured, the public sees it until she withdraws consent", async ({ page, javaScriptEnabled }) => {
  const js = javaScriptEnabled;
  const [email, name] = js ? ["ada@demo.chorus.test", "Ada Okafor"] : ["lin@demo.chorus.test", "Lin Zhao"];
  const title = `Support tickets halved ${Date.now()}`;
  const problems: string[] = [];
  page.on("pageerror", (e) => problems.push(e.message));

  // The advocate writes the story and sends it for review.
  await signIn(page, js, email);
  await page.goto("/stories/new");
  await ready(page, js);
  await page.getByRole("textbox", { name: "Title", exact: true }).fill(title);
  await page.getByRole("textbox", { name: "Your story" }).fill("We answered questions in the open.");
  await page.getByRole("textbox", { name: "Product or area" }).fill("Chorus Cloud");
  await page.getByLabel("5 stars").check();
  await page.getByRole("textbox", { name: "A one-line quote to highlight" }).fill("Half the tickets, twice the smiles.");
  await page.getByLabel("Publish with my name").check();
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page.getByRole("heading", { name: "Your stories" })).toBeVisible();
  await expect(page.getByRole("article", { name: title })).toContainText("In review");
  await signOut(page);

  // The moderator asks for a number.
  await signIn(page, js, "moderator@demo.chorus.test");
  await decide(page, js, "submitted", title, "Request changes", "Could you add how many tickets?");
  await signOut(page);

  // The advocate reads the request, edits and resubmits.
  await signIn(page, js, email);
  await page.goto("/stories/mine");
  await ready(page, js);
  const mine = page.getByRole("article", { name: title });
  await expect(mine).toContainText("Could you add how many tickets?");
  await mine.getByRole("link", { name: "Edit" }).click();
  await ready(page, js);
  await expect(page.getByText("A moderator asked for changes")).toBeVisible();
  await page.getByRole("textbox", { name: "Your story" }).fill("We answered questions in the open: 412 tickets a month became 198.");
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page.getByRole("article", { name: title })).toContainText("In review");
  await signOut(page);

  // The moderator approves and features it.
  await signIn(page, js, "moderator@demo.chorus.test");
  await decide(page, js, "submitted", title, "Approve");
  await decide(page, js, "approved", title, "Feature");
  await signOut(page);

  // A guest finds it on the wall, on its page and in the embed.
  await page.goto("/stories");
  const card = page.getByRole("article", { name: title });
  await expect(card).toContainText("Half the tickets, twice the smiles.");
  await expect(card).toContainText(name);
  await expect(card.getByRole("img", { name: "Rated 5 out of 5" })).toBeVisible();
  await card.getByRole("link", { name: title }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByText("412 tickets a month became 198")).toBeVisible();
  const storyUrl = page.url();
  await page.goto("/embed/testimonials?product=chorus-cloud&limit=20");
  await expect(page.getByText("Half the tickets, twice the smiles.")).toBeVisible();

  // The advocate earned points for the approval and the feature.
  await signIn(page, js, email);
  await page.goto("/me/points");
  await ready(page, js);
  const history = page.getByRole("table");
  await expect(history.getByRole("row").nth(1)).toContainText("Story featured");
  await expect(history.getByRole("row").nth(1)).toContainText("+100");
  await expect(history.getByRole("row").nth(2)).toContainText("Story approved");

  // She withdraws consent; the guest sees it nowhere any more.
  await page.goto("/stories/mine");
  await ready(page, js);
  const withdrawn = page.getByRole("article", { name: title });
  await withdrawn.getByText("Withdraw consent", { exact: true }).click();
  await withdrawn.getByRole("button", { name: "Yes, withdraw consent" }).click();
  await expect(page.getByRole("article", { name: title })).toContainText("Do not publish publicly");
  await signOut(page);
  await page.goto("/stories");
  await expect(page.getByRole("heading", { name: "Customer stories" })).toBeVisible();
  await expect(page.getByRole("article", { name: title })).toHaveCount(0);
  const gone = await page.goto(storyUrl);
  expect(gone?.status()).toBe(410);
  await expect(page.getByRole("heading", { name: "No longer available" })).toBeVisible();
  await page.goto("/embed/testimonials?product=chorus-cloud&limit=20");
  await expect(page.getByText("Half the tickets, twice the smiles.")).toHaveCount(0);
  expect(problems).toEqual([]);
});
