import { expect, test, type Page } from "@playwright/test";
import { uploadArtwork } from "../support/artworks";
import { memberIn, messageBox, messageSaying, presence, startRoom } from "../support/chat";
import { serverActionAnswer } from "../support/forms";

/** Which instances answered this page's requests, from the load balancer's X-Served-By. */
function instancesServing(page: Page): Set<string> {
  const seen = new Set<string>();
  page.on("response", (response) => {
    const instance = response.headers()["x-served-by"];
    if (instance) seen.add(instance);
  });
  return seen;
}

async function expectImageLoaded(page: Page, name: string) {
  const image = page.getByRole("img", { name });
  await expect(image).toBeVisible();
  await expect.poll(() => image.evaluate((element: HTMLImageElement) => element.complete && element.naturalWidth > 0)).toBe(true);
}

test("two members on two instances: sign up, upload, rate, comment and chat live, every request to either instance", async ({
  browser,
}) => {
  const artist = await memberIn(browser);
  const fan = await memberIn(browser);
  const served = [instancesServing(artist.page), instancesServing(fan.page)];

  // The upload is stored in the bucket by one instance and shown by whichever serves the page.
  const title = `Harbour at dusk ${Date.now()}`;
  const artworkUrl = await uploadArtwork(artist.page, title);
  await expectImageLoaded(artist.page, title);

  // Its AVIF variants come from a job in the database, which either instance may run.
  await expect(async () => {
    await artist.page.reload();
    await expect(artist.page.locator('picture source[type="image/avif"]').first()).toBeAttached({ timeout: 1_000 });
  }).toPass({ timeout: 60_000 });

  await fan.page.goto(artworkUrl);
  await expectImageLoaded(fan.page, title);
  await Promise.all([serverActionAnswer(fan.page), fan.page.getByRole("radio", { name: "4 stars" }).check()]);
  await fan.page.getByLabel("Add a comment").fill("The light on the water is lovely.");
  await fan.page.getByRole("button", { name: "Post comment" }).click();
  await expect(fan.page.locator(".comment-body")).toHaveText("The light on the water is lovely.");

  await artist.page.reload();
  await expect(artist.page.getByText("★ 4.0 average from 1 rating")).toBeVisible();
  await expect(artist.page.locator(".comment-body")).toHaveText("The light on the water is lovely.");

  // Chat: each browser's realtime connection may sit on a different soketi node.
  const room = await startRoom(artist.page, "Across instances");
  await fan.page.goto("/chat");
  await fan.page.getByRole("link", { name: room }).click();
  // Members on the other node arrive over Redis; soketi asks every node for a channel's members, which takes longer on a busy machine.
  await expect(presence(artist.page).getByText(fan.username)).toBeVisible({ timeout: 20_000 });
  await expect(presence(fan.page).getByText(artist.username)).toBeVisible({ timeout: 20_000 });

  await messageBox(artist.page).fill("Welcome to the room!");
  await messageBox(artist.page).press("Enter");
  await expect(messageSaying(fan.page, "Welcome to the room!")).toBeVisible();
  await messageBox(fan.page).fill("Glad to be here.");
  await messageBox(fan.page).press("Enter");
  await expect(messageSaying(artist.page, "Glad to be here.")).toBeVisible();

  for (const instances of served) expect([...instances].sort()).toEqual(["instance-1", "instance-2"]);
  await artist.context.close();
  await fan.context.close();
});
