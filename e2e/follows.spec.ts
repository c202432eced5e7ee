import { expect, test, type Browser, type Page } from "@playwright/test";
import { formAlert, signUp } from "./support/accounts";
import { uploadArtwork } from "./support/artworks";
import { screenshots } from "./support/screenshots";

async function member(browser: Browser, options: { javaScriptEnabled?: boolean } = {}) {
  const page = await (await browser.newContext(options)).newPage();
  return { page, name: await signUp(page) };
}

const profileOf = (page: Page, name: string) => page.goto(`/u/${name}`);

test("a member follows an artist from their profile and sees the artist's next upload in /following", async ({ browser }) => {
  test.slow(); // two members, an upload and screenshots
  const artist = await member(browser);
  const fan = await member(browser);

  await fan.page.goto("/following");
  await expect(fan.page.getByText("You do not follow anyone yet.")).toBeVisible();
  await screenshots(fan.page, "following-empty");

  await profileOf(fan.page, artist.name);
  await fan.page.getByRole("button", { name: `Follow ${artist.name}` }).click();
  await expect(fan.page.getByRole("button", { name: `Unfollow ${artist.name}` })).toBeVisible();
  await expect(fan.page.getByRole("link", { name: "1 follower" })).toBeVisible();
  await screenshots(fan.page, "profile-follows");

  const title = `Followed work ${Date.now()}`;
  await uploadArtwork(artist.page, title);
  await fan.page.getByLabel(`Account menu for ${fan.name}`).click();
  await fan.page.getByRole("link", { name: "Following", exact: true }).click();
  await expect(fan.page).toHaveURL(/\/following$/);
  await expect(fan.page.locator(".artwork-card", { hasText: title })).toBeVisible();
  await fan.page.reload(); // closes the account menu for the screenshots
  await screenshots(fan.page, "following-feed");

  await profileOf(artist.page, artist.name);
  await artist.page.getByRole("link", { name: "1 follower" }).click();
  await expect(artist.page.getByRole("link", { name: fan.name })).toBeVisible();
  await screenshots(artist.page, "followers-list");
  await artist.page.getByRole("button", { name: `Remove follower ${fan.name}` }).click();
  await expect(artist.page.getByText("Nobody follows you yet.")).toBeVisible();
});

test("follow and unfollow work without JavaScript, and visitors are asked to log in", async ({ browser }) => {
  test.slow(); // two sign-ups, each a full password hash
  const artist = await member(browser);
  const fan = await member(browser, { javaScriptEnabled: false });
  await profileOf(fan.page, artist.name);
  await fan.page.getByRole("button", { name: `Follow ${artist.name}` }).click();
  await fan.page.getByRole("button", { name: `Unfollow ${artist.name}` }).click();
  await expect(fan.page.getByRole("button", { name: `Follow ${artist.name}` })).toBeVisible();
  await expect(fan.page.getByRole("link", { name: "0 followers" })).toBeVisible();

  const visitor = await (await browser.newContext()).newPage();
  await profileOf(visitor, artist.name);
  await expect(visitor.getByRole("button", { name: `Follow ${artist.name}` })).toHaveCount(0);
  await visitor.getByRole("link", { name: "Log in to follow" }).click();
  await expect(visitor).toHaveURL(/\/login\?callbackUrl=%2Fu%2F/);
  await visitor.goto("/following");
  await expect(visitor).toHaveURL(/\/login/);
});

test("a blocked member can neither follow the blocker nor comment on their artwork", async ({ browser }) => {
  test.slow();
  const blocker = await member(browser);
  const url = await uploadArtwork(blocker.page, `Not for everyone ${Date.now()}`);
  const blocked = await member(browser);

  await profileOf(blocker.page, blocked.name);
  await blocker.page.getByText("Block…").click();
  await blocker.page.getByRole("button", { name: `Block ${blocked.name}` }).click();
  await expect(blocker.page.getByRole("button", { name: `Unblock ${blocked.name}` })).toBeVisible();
  await blocker.page.goto("/settings/blocked");
  await expect(blocker.page.getByRole("link", { name: blocked.name })).toBeVisible();

  await profileOf(blocked.page, blocker.name);
  await blocked.page.getByRole("button", { name: `Follow ${blocker.name}` }).click();
  await expect(formAlert(blocked.page)).toHaveText("You can't follow this member.");
  await expect(blocked.page.getByRole("link", { name: "0 followers" })).toBeVisible();

  await blocked.page.goto(url);
  await blocked.page.getByLabel("Add a comment").fill("Let me in");
  await blocked.page.getByRole("button", { name: "Post comment" }).click();
  await expect(blocked.page.getByText("You can't comment on this artwork.")).toBeVisible();
  await blocked.page.reload();
  await expect(blocked.page.getByRole("heading", { name: "Comments (0)" })).toBeVisible();
});
