import { expect, test } from "@playwright/test";
import { signUp } from "./support/accounts";
import { hiddenFieldsOf, replayForm } from "./support/forms";
import { withDatabase } from "./support/database";
import { uploadArtwork } from "./support/artworks";
import { largeJpeg, testPicture } from "./support/images";

test("an artist uploads with a progress bar and the work shows on the gallery, its page and the profile", async ({ page }) => {
  test.slow(); // several members and uploads: give a loaded machine room
  const artist = await signUp(page);
  await page.goto("/upload");
  await page.getByLabel("Image").setInputFiles(await testPicture({ width: 1400, height: 1000, noisy: true }));
  await expect(page.getByAltText("Preview of the chosen image")).toBeVisible();
  await page.getByLabel("Title", { exact: true }).fill("Tidepools");
  await page.getByLabel("Description (optional)").fill("Line one\nLine two");

  // Slow the upload down so the progress bar has time to be seen.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 20, downloadThroughput: -1, uploadThroughput: 400 * 1024 });
  await page.getByRole("button", { name: "Upload artwork" }).click();
  await expect(page.getByText(/Uploading… \d+%/)).toBeVisible();
  await expect(page.getByRole("progressbar")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Tidepools", level: 1 })).toBeVisible({ timeout: 45_000 });
  await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });

  const image = page.getByRole("img", { name: "Tidepools" });
  await expect(image).toHaveAttribute("width", /\d+/);
  await expect(image).toHaveAttribute("fetchpriority", "high");
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  await expect(page.locator(".artwork-description")).toHaveText("Line one\nLine two");
  await expect(page.getByText("1400 × 1000 px")).toBeVisible();

  await page.goto("/");
  await expect(page.getByRole("link", { name: "Tidepools" }).first()).toBeVisible();
  await page.goto(`/u/${artist}`);
  await expect(page.getByText("1 work")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Tidepools" })).toBeVisible();
});

test("media is served with a long immutable cache and no metadata sniffing", async ({ page, request }) => {
  await signUp(page);
  await uploadArtwork(page, "Cache me");
  const src = await page.getByRole("img", { name: "Cache me" }).getAttribute("src");
  const response = await request.get(src!);
  expect(response.status()).toBe(200);
  expect(response.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");
  expect(response.headers()["content-type"]).toMatch(/^image\/(webp|avif)$/);
  const again = await request.get(src!, { headers: { "If-None-Match": response.headers()["etag"] } });
  expect(again.status()).toBe(304);
});

test("a file that is not an image is refused next to the field and nothing is created", async ({ page }) => {
  const artist = await signUp(page);
  await page.goto("/upload");
  await page
    .getByLabel("Image")
    .setInputFiles({ name: "holiday.jpg", mimeType: "image/jpeg", buffer: Buffer.from("just some text, not a photo") });
  await page.getByLabel("Title", { exact: true }).fill("Not really");
  await page.getByRole("button", { name: "Upload artwork" }).click();
  await expect(page.locator("#field-file-note")).toHaveText("This file is not an image we accept; upload a JPEG, PNG, WebP, AVIF or GIF.");
  await expect(page.getByLabel("Title", { exact: true })).toHaveValue("Not really");
  const count = withDatabase(
    (db) =>
      (
        db
          .prepare("SELECT COUNT(*) AS n FROM Artwork a JOIN User u ON u.id = a.authorId WHERE u.usernameKey = ?")
          .get(artist.toLowerCase()) as { n: number }
      ).n,
  );
  expect(count).toBe(0);
});

test("the owner edits, comments, deletes a comment, then deletes the artwork", async ({ page }) => {
  const artist = await signUp(page);
  await uploadArtwork(page, "Draft title");

  await page.getByText("Edit title, description and tags").click();
  await page.getByLabel("Title", { exact: true }).fill("Final title");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("heading", { name: "Final title", level: 1 })).toBeVisible();

  await page.getByLabel("Add a comment").fill("Work in progress,\nfeedback welcome");
  await page.getByRole("button", { name: "Post comment" }).click();
  await expect(page.locator(".comment-body")).toHaveText("Work in progress,\nfeedback welcome");
  await expect(page.getByLabel("Add a comment")).toHaveValue("");
  await page.getByRole("button", { name: "Delete comment" }).click();
  await expect(page.getByText("No comments yet.")).toBeVisible();

  await page.getByText("Delete artwork…").click();
  await page.getByRole("button", { name: "Delete permanently" }).click();
  await expect(page).toHaveURL(`/u/${artist}`);
  await expect(page.getByText("0 works")).toBeVisible();
});

function artworkExists(title: string): boolean {
  return withDatabase((db) => db.prepare("SELECT 1 FROM Artwork WHERE title = ?").get(title) !== undefined);
}

test("another member sees no owner controls, and a forged delete request changes nothing", async ({ page, browser }) => {
  test.slow(); // several members and uploads: give a loaded machine room
  await signUp(page);
  const title = `Not yours ${Date.now()}`;
  const artworkUrl = await uploadArtwork(page, title);
  // The server-rendered form (before React hydrates it) names the action in hidden fields.
  const ownerNoScript = await browser.newContext({ javaScriptEnabled: false, storageState: await page.context().storageState() });
  const ownerPage = await ownerNoScript.newPage();
  await ownerPage.goto(artworkUrl);
  const deleteFields = await hiddenFieldsOf(ownerPage, "form:has(button:text('Delete permanently'))");
  expect(deleteFields.some(([name]) => name.startsWith("$ACTION"))).toBe(true);
  await ownerNoScript.close();

  const intruderContext = await browser.newContext();
  const intruder = await intruderContext.newPage();
  await signUp(intruder);
  await intruder.goto(artworkUrl);
  await expect(intruder.getByRole("heading", { name: title, level: 1 })).toBeVisible();
  await expect(intruder.getByText("Delete artwork…")).toHaveCount(0);
  await expect(intruder.getByText("Edit title, description and tags")).toHaveCount(0);

  await replayForm(intruder, deleteFields);
  expect(artworkExists(title)).toBe(true);
  await intruderContext.close();

  // The same replay by the owner does delete: the forged request was real, and refused.
  await page.goto(artworkUrl);
  await replayForm(page, deleteFields);
  expect(artworkExists(title)).toBe(false);
});

test("a visitor browses but is asked to log in to comment or upload", async ({ page, browser }) => {
  await signUp(page);
  const artworkUrl = await uploadArtwork(page, "Public piece");
  const visitorContext = await browser.newContext();
  const visitor = await visitorContext.newPage();
  await visitor.goto(artworkUrl);
  await expect(visitor.getByRole("heading", { name: "Public piece", level: 1 })).toBeVisible();
  await expect(visitor.getByLabel("Add a comment")).toHaveCount(0);
  await expect(visitor.getByRole("link", { name: "Log in", exact: true }).last()).toBeVisible();
  await visitor.goto("/upload");
  await expect(visitor).toHaveURL(/\/login\?callbackUrl=%2Fupload/);
  await visitorContext.close();
});

test("a camera original over 20 MB (24 megapixels) uploads through the form in one piece", async ({ page }) => {
  test.slow(); // 22 MB through the browser, then a 24-megapixel decode and its encodes on a loaded machine
  await signUp(page);
  const original = await largeJpeg({ width: 6000, height: 4000, bytes: 21 * 1024 * 1024 });
  expect(original.buffer.length).toBeGreaterThan(21 * 1024 * 1024);
  await uploadArtwork(page, "Camera original", original);
  await expect(page.getByText("6000 × 4000 px")).toBeVisible();
});

test("the upload endpoint refuses a cross-site post even with a valid session", async ({ page }) => {
  await signUp(page);
  const picture = await testPicture({ width: 320, height: 200 });
  const response = await page.request.post("/api/artworks", {
    headers: { Origin: "https://evil.example", Accept: "application/json" },
    multipart: { title: "Planted", file: picture },
  });
  expect(response.status()).toBe(403);
  expect(await response.json()).toMatchObject({ message: "Uploads must come from this site." });
  expect(withDatabase((db) => db.prepare("SELECT 1 FROM Artwork WHERE title = 'Planted'").get())).toBeUndefined();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the upload form still posts, and a refusal is explained", async ({ page }) => {
    await signUp(page);
    await page.goto("/upload");
    await page.getByLabel("Image").setInputFiles({ name: "notes.jpg", mimeType: "image/jpeg", buffer: Buffer.from("plain text") });
    await page.getByLabel("Title", { exact: true }).fill("No script");
    await page.getByRole("button", { name: "Upload artwork" }).click();
    await expect(page.locator("#field-file-note")).toHaveText(
      "This file is not an image we accept; upload a JPEG, PNG, WebP, AVIF or GIF.",
    );
    await expect(page.getByLabel("Title", { exact: true })).toHaveValue("No script");

    await page.getByLabel("Image").setInputFiles(await testPicture({ width: 640, height: 480 }));
    await page.getByLabel("Title", { exact: true }).fill("No script");
    await page.getByRole("button", { name: "Upload artwork" }).click();
    await expect(page.getByRole("heading", { name: "No script", level: 1 })).toBeVisible();
  });
});

test("an upload that hides its size (chunked, no Content-Length) is refused before it is read", async ({ page, baseURL }) => {
  await signUp(page);
  const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  const boundary = "----bench";
  const chunk = new TextEncoder().encode(`--${boundary}\r\nContent-Disposition: form-data; name="title"\r\n\r\nHuge\r\n`);
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(chunk);
      controller.close();
    },
  });
  const response = await fetch(`${baseURL}/api/artworks`, {
    method: "POST",
    headers: { Origin: baseURL!, Cookie: cookie, Accept: "application/json", "Content-Type": `multipart/form-data; boundary=${boundary}` },
    body,
    duplex: "half",
  } as RequestInit);
  expect(response.status).toBe(411);
});
