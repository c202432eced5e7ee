import { expect, test, type Browser } from "@playwright/test";
import { signUp } from "./support/accounts";
import { uploadArtwork } from "./support/artworks";
import { screenshots } from "./support/screenshots";
import { serverActionAnswer } from "./support/forms";

/** A member in a browser of their own, signed up and signed in. */
async function member(browser: Browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const username = await signUp(page);
  return { page, username, context };
}

test("a favourite shows on the profile, and private favourites are the owner's alone", async ({ browser }) => {
  test.slow(); // two members, an upload and screenshots
  const artist = await member(browser);
  const title = `Night Market ${Date.now()}`;
  const url = await uploadArtwork(artist.page, title);

  const fan = await member(browser);
  await fan.page.goto("/");
  const card = fan.page.locator(".artwork-card", { hasText: title });
  const heart = card.getByRole("button", { name: `Add ${title} to favourites` });
  await expect(heart).toHaveAttribute("aria-pressed", "false");
  // The heart changes at once; wait for the server's answer before reloading.
  await Promise.all([serverActionAnswer(fan.page), heart.click()]);
  const pressed = card.getByRole("button", { name: `Remove ${title} from favourites` });
  await expect(pressed).toHaveAttribute("aria-pressed", "true");
  await expect(card.locator(".favourite-count")).toHaveText("1 favourite");
  await fan.page.reload();
  await expect(pressed).toHaveAttribute("aria-pressed", "true");
  await expect(card.locator(".favourite-count")).toHaveText("1 favourite");
  await screenshots(fan.page, "favourites-card-hearts");

  await fan.page.goto(`/u/${fan.username}`);
  await fan.page.getByRole("link", { name: "Favourites" }).click();
  await expect(fan.page).toHaveURL(new RegExp(`/u/${fan.username}/favourites$`));
  await expect(fan.page.getByRole("heading", { name: title })).toBeVisible();
  await screenshots(fan.page, "favourites-profile");

  // The artwork page shows the same heart and count.
  await fan.page.goto(url);
  await expect(fan.page.getByRole("button", { name: `Remove ${title} from favourites` })).toBeVisible();

  // Others see them until they are made private.
  await artist.page.goto(`/u/${fan.username}/favourites`);
  await expect(artist.page.getByRole("heading", { name: title })).toBeVisible();
  await fan.page.goto("/settings/privacy");
  await fan.page.getByLabel("Show my favourites on my profile to everyone").uncheck();
  await fan.page.getByRole("button", { name: "Save privacy" }).click();
  await expect(fan.page.getByText("Only you can see your favourites now.")).toBeVisible();
  await artist.page.reload();
  await expect(artist.page.getByText(/keeps their favourites private/)).toBeVisible();
  await expect(artist.page.getByRole("heading", { name: title })).toHaveCount(0);
  await fan.page.goto(`/u/${fan.username}/favourites`);
  await expect(fan.page.getByRole("heading", { name: title })).toBeVisible();

  await artist.context.close();
  await fan.context.close();
});

test("a collection gets artwork from its page, and a private one is not found for others", async ({ browser }) => {
  test.slow();
  const curator = await member(browser);
  const title = `Harbour Lights ${Date.now()}`;
  const url = await uploadArtwork(curator.page, title);

  await curator.page.goto(`/u/${curator.username}/collections`);
  await curator.page.getByLabel("Title", { exact: true }).fill("Night scenes");
  await curator.page.getByLabel("Description (optional)").fill("Streets and harbours after dark.");
  await curator.page.getByRole("button", { name: "Create collection" }).click();
  await expect(curator.page).toHaveURL(new RegExp(`/u/${curator.username}/collections/night-scenes$`));
  await expect(curator.page.getByRole("heading", { name: "Night scenes", level: 1 })).toBeVisible();

  await curator.page.goto(url);
  await curator.page.getByText("Collections", { exact: true }).click();
  await curator.page.getByRole("button", { name: "Add to Night scenes" }).click();
  await expect(curator.page.getByRole("button", { name: "Remove from Night scenes" })).toBeVisible();

  const collectionUrl = `/u/${curator.username}/collections/night-scenes`;
  await curator.page.goto(collectionUrl);
  await expect(curator.page.getByRole("heading", { name: title })).toBeVisible();
  await screenshots(curator.page, "collection-page");

  const visitor = await member(browser);
  const response = await visitor.page.goto(collectionUrl);
  expect(response?.status()).toBe(200);
  await expect(visitor.page.getByRole("heading", { name: title })).toBeVisible();

  // Made private, it is not found for anyone else.
  await curator.page.getByText("Edit title, description and who sees it").click();
  await curator.page.getByLabel(/^Public/).uncheck();
  await curator.page.getByRole("button", { name: "Save collection" }).click();
  await expect(curator.page.getByText("private: only you can see it")).toBeVisible();
  const hidden = await visitor.page.goto(collectionUrl);
  expect(hidden?.status()).toBe(404);
  await visitor.page.goto(`/u/${curator.username}/collections`);
  await expect(visitor.page.getByRole("link", { name: "Night scenes" })).toHaveCount(0);

  await curator.context.close();
  await visitor.context.close();
});
