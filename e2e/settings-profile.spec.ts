import { expect, test, type Page } from "@playwright/test";
import sharp from "sharp";
import { signUp } from "./support/accounts";
import { uploadArtwork } from "./support/artworks";
import { testPicture } from "./support/images";

const NOT_AN_IMAGE = "This file is not an image we accept; upload a JPEG, PNG, WebP, AVIF or GIF.";
const TOO_LARGE = "This file is larger than 2 MB; choose a smaller image.";

const avatarMessage = (page: Page) => page.getByRole("region", { name: "Avatar" }).getByRole("status");
const profileMessage = (page: Page) => page.getByRole("region", { name: "Name and bio" }).getByRole("status");

async function uploadAvatar(page: Page, file: Awaited<ReturnType<typeof testPicture>>) {
  await page.goto("/settings/profile");
  await page.getByLabel("New avatar").setInputFiles(file);
  await page.getByRole("button", { name: "Upload avatar" }).click();
}

/** A real photo-like JPEG over the 2 MB limit: noise does not compress. */
async function largePhoto() {
  const buffer = await sharp({
    create: { width: 1800, height: 1400, channels: 3, background: "#777", noise: { type: "gaussian", mean: 128, sigma: 70 } },
  })
    .jpeg({ quality: 100 })
    .toBuffer();
  expect(buffer.length).toBeGreaterThan(3 * 1024 * 1024);
  return { name: "holiday.jpg", mimeType: "image/jpeg", buffer };
}

test("a member's display name and bio show on their profile at once", async ({ page }) => {
  const username = await signUp(page);
  await page.goto("/settings/profile");
  await page.getByLabel("Display name").fill("  Mira Okafor ");
  await page.getByRole("textbox", { name: "Bio" }).fill("Ink and watercolour.\nHarbours, mostly.");
  await expect(page.getByText("38 / 500 characters")).toBeVisible();
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(profileMessage(page)).toHaveText("Your profile is saved.");
  await expect(page.getByLabel("Display name")).toHaveValue("Mira Okafor");

  await page.getByRole("link", { name: "your profile page" }).click();
  await expect(page.getByRole("heading", { name: "Mira Okafor", level: 1 })).toBeVisible();
  await expect(page.getByText(`@${username}`)).toBeVisible();
  await expect(page.locator(".profile-bio")).toHaveText("Ink and watercolour.\nHarbours, mostly.");
});

test("an uploaded avatar shows everywhere as square AVIF and WebP crops, and removing it brings the initial back", async ({
  page,
  request,
  browser,
}) => {
  test.slow(); // an artwork and two avatar uploads on a shared machine
  const username = await signUp(page);
  const title = `Harbour at dusk by ${username}`;
  await uploadArtwork(page, title);
  await uploadAvatar(page, await testPicture({ width: 1600, height: 900 }));
  await expect(avatarMessage(page)).toHaveText("Your new avatar is in place.");
  const preview = page.getByRole("img", { name: "Your current avatar" });
  await expect.poll(() => preview.evaluate((img: HTMLImageElement) => img.currentSrc.split("/").pop())).toBe("256.avif");

  await page.goto(`/u/${username}`);
  const header = page.locator(".profile-header");
  const avif = await header.locator('picture source[type="image/avif"]').getAttribute("srcset");
  const webp = await header.locator('picture source[type="image/webp"]').getAttribute("srcset");
  expect(avif).toMatch(/^\/media\/avatars\/[0-9a-f]{24}\/64\.avif 64w, \/media\/avatars\/[0-9a-f]{24}\/256\.avif 256w$/);
  expect(webp).toMatch(/\/64\.webp 64w, .*\/256\.webp 256w$/);
  // A 96 px avatar takes the 256 crop, in AVIF, and really loads it.
  const large = header.locator("img.avatar");
  await expect.poll(() => large.evaluate((img: HTMLImageElement) => img.complete && img.currentSrc.split("/").pop())).toBe("256.avif");
  for (const srcset of [avif!, webp!]) {
    const file = await request.get(srcset.split(", ")[1].split(" ")[0]);
    expect(file.headers()["content-type"]).toMatch(/^image\/(avif|webp)$/);
    expect(await sharp(await file.body()).metadata()).toMatchObject({ width: 256, height: 256 });
  }

  // A visitor (whose browser holds no larger copy to reuse) gets the 64 crop for the 24 px avatar on the gallery card.
  const visitorContext = await browser.newContext();
  const visitor = await visitorContext.newPage();
  await visitor.goto("/");
  const byline = visitor.locator(".artwork-card", { hasText: title }).locator(".byline img.avatar");
  await byline.scrollIntoViewIfNeeded();
  await expect.poll(() => byline.evaluate((img: HTMLImageElement) => img.complete && img.currentSrc.split("/").pop())).toBe("64.avif");
  await visitorContext.close();

  await page.goto("/settings/profile");
  await page.getByRole("button", { name: "Remove avatar" }).click();
  await expect(avatarMessage(page)).toHaveText("Your avatar is removed; members see your initial instead.");
  await expect(page.getByRole("button", { name: "Remove avatar" })).toHaveCount(0);
  await page.goto(`/u/${username}`);
  await expect(page.locator(".profile-header .avatar-generated")).toHaveText(username.charAt(0).toUpperCase());
  await expect(page.locator(".profile-header picture")).toHaveCount(0);
  // Its files are gone too.
  for (const url of [...avif!.split(", "), ...webp!.split(", ")].map((entry) => entry.split(" ")[0])) {
    expect((await request.get(url)).status()).toBe(404);
  }
});

test("a non-image avatar and an overlong bio are refused next to their fields and change nothing", async ({ page }) => {
  const username = await signUp(page);
  await page.goto("/settings/profile");
  await page.getByRole("textbox", { name: "Bio" }).fill("The bio before.");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(profileMessage(page)).toHaveText("Your profile is saved.");

  await uploadAvatar(page, { name: "me.png", mimeType: "image/png", buffer: Buffer.from("just some text, not a photo") });
  await expect(page.locator("#field-avatar-note")).toHaveText(NOT_AN_IMAGE);
  await expect(page.getByRole("button", { name: "Remove avatar" })).toHaveCount(0);

  // Past the textarea's own limit, as a hand-made request could be.
  const bio = page.getByRole("textbox", { name: "Bio" });
  await bio.evaluate((textarea) => textarea.removeAttribute("maxlength"));
  await bio.fill("y".repeat(501));
  await page.getByLabel("Display name").fill("Kept Name");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.locator("#field-bio-note")).toHaveText("The bio can be at most 500 characters");
  await expect(bio).toHaveValue("y".repeat(501));
  await expect(page.getByLabel("Display name")).toHaveValue("Kept Name");

  await page.goto(`/u/${username}`);
  await expect(page.getByRole("heading", { name: username, level: 1 })).toBeVisible();
  await expect(page.locator(".profile-bio")).toHaveText("The bio before.");
  await expect(page.locator(".profile-header .avatar-generated")).toBeVisible();
});

test("a photo over 2 MB is refused with a message before it is sent", async ({ page }) => {
  await signUp(page);
  await page.goto("/settings/profile");
  const requests: string[] = [];
  // Posts to the form's page: the realtime connection's sign-in posts elsewhere.
  page.on(
    "request",
    (sent) => sent.method() === "POST" && new URL(sent.url()).pathname === "/settings/profile" && requests.push(sent.url()),
  );
  await page.getByLabel("New avatar").setInputFiles(await largePhoto());
  await expect(page.locator("#field-avatar-note")).toHaveText(TOO_LARGE);
  await page.getByRole("button", { name: "Upload avatar" }).click();
  await expect(page.getByLabel("New avatar")).toBeFocused();
  expect(requests).toEqual([]);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the forms still work, and a photo over 2 MB gets a message rather than an error page", async ({ page }) => {
    const username = await signUp(page);
    await page.goto("/settings/profile");
    await page.getByLabel("Display name").fill("No Script");
    await page.getByRole("button", { name: "Save profile" }).click();
    await expect(page.getByText("Your profile is saved.")).toBeVisible();

    await uploadAvatar(page, await testPicture({ width: 400, height: 400 }));
    await expect(page.getByText("Your new avatar is in place.")).toBeVisible();

    await uploadAvatar(page, await largePhoto());
    await expect(page.locator("#field-avatar-note")).toHaveText(TOO_LARGE);
    await page.goto(`/u/${username}`);
    await expect(page.getByRole("heading", { name: "No Script", level: 1 })).toBeVisible();
    await expect(page.locator(".profile-header picture")).toHaveCount(1);
  });
});
