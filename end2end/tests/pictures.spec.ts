import { expect, test } from "@playwright/test";
import { crc32, deflateSync } from "node:zlib";
import { ready, signIn, signOut, startTopic } from "./helpers";

// A real PNG made here: a w × h gradient (the server decodes and re-encodes whatever it gets).
function png(w: number, h: number): Buffer {
  const rows: number[] = [];
  for (let y = 0; y < h; y++) {
    rows.push(0);
    for (let x = 0; x < w; x++) rows.push((x * 5) % 256, (y * 5) % 256, 160);
  }
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body) >>> 0, 8 + data.length);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(w, 0);
  header.writeUInt32BE(h, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(Buffer.from(rows))),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

test("a member sets her picture, sees it beside her reply, and puts a picture in the reply", async ({ page, javaScriptEnabled }) => {
  const js = javaScriptEnabled;
  const problems: string[] = [];
  page.on("pageerror", (e) => problems.push(e.message));

  // Her picture, uploaded with the plain form on her profile page.
  await signIn(page, js, "ada@demo.chorus.test");
  await page.goto("/me/profile");
  await expect(page.getByRole("heading", { name: "Your profile" })).toBeVisible();
  await ready(page, js);
  await page.getByLabel("New picture").setInputFiles({ name: "ada.png", mimeType: "image/png", buffer: png(120, 90) });
  await page.getByRole("button", { name: "Upload picture" }).click();
  await expect(page).toHaveURL(/\/me\/profile\?picture=saved$/);
  await expect(page.getByText("Your new picture is saved.")).toBeVisible();
  const avatar = page.locator(".profile-head img.avatar-lg");
  await expect(avatar).toHaveAttribute("src", /^\/media\/[0-9a-f]{32}\.jpg$/);
  const hash = ((await avatar.getAttribute("src")) ?? "").slice(7, 39);
  // Its width is known once the browser has loaded it: asked too early, an image still loading says 0.
  await expect.poll(() => avatar.evaluate((img: HTMLImageElement) => (img.complete ? img.naturalWidth : -1))).toBe(256);

  // A picture for the reply: with JavaScript, the editor's button uploads it and writes its line; without,
  // /me/pictures does the upload and gives the line to copy.
  await startTopic(page, js, "getting-started", `Planning boards ${Date.now()}`, "How do you plan your launches?");
  const topic = page.url().replace(/#.*$/, "");
  let line = "";
  if (!js) {
    await page.goto("/me/pictures");
    await page.getByLabel("Upload a picture").setInputFiles({ name: "whiteboard.png", mimeType: "image/png", buffer: png(64, 48) });
    await page.getByRole("button", { name: "Upload", exact: true }).click();
    await expect(page.getByText("Uploaded: its line is first in the list below.")).toBeVisible();
    line = (await page.getByLabel("Line for your text").first().inputValue()).replace("Describe the picture", "Our whiteboard");
  }
  await page.goto(topic);
  await ready(page, js);
  const reply = page.getByRole("textbox", { name: "Reply" });
  await reply.fill("Here is how we plan it:\n");
  if (js) {
    await page.getByLabel("Add picture to Reply").setInputFiles({ name: "Our whiteboard.png", mimeType: "image/png", buffer: png(64, 48) });
    await expect(reply).toHaveValue(/!\[Our whiteboard\]\(\/media\/[0-9a-f]{32}\.jpg\)/);
  } else {
    await expect(page.getByRole("link", { name: "Add a picture" })).toHaveAttribute("href", "/me/pictures");
    await reply.fill(`Here is how we plan it:\n\n${line}`);
  }
  await page.getByRole("button", { name: "Post reply" }).click();
  const mine = page.locator("article.post").filter({ hasText: "Here is how we plan it:" }).last();
  await expect(mine.getByRole("img", { name: "Our whiteboard" })).toHaveAttribute("src", /^\/media\/[0-9a-f]{32}\.jpg$/);
  await expect(mine.locator(`img.avatar[src='/media/${hash}-64.jpg']`)).toBeVisible();
  await ready(page, js);
  await signOut(page);
  expect(problems).toEqual([]);
});
