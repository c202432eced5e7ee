import { expect, test, type Browser, type Page } from "@playwright/test";
import { signUp } from "./support/accounts";
import { hideFromAdminList, signUpAdmin } from "./support/admin";
import { uploadArtwork } from "./support/artworks";
import { expectImageShown, recentTitles, waitForServiceWorker } from "./support/pwa";

const newPage = async (browser: Browser) => (await browser.newContext()).newPage();

/** The file the artwork page's picture actually loaded (the browser picks one size and format). */
async function shownImage(page: Page, title: string): Promise<string> {
  await expectImageShown(page, title);
  const source = await page.locator(".artwork-image img").evaluate((image: HTMLImageElement) => image.currentSrc);
  return new URL(source).pathname;
}

/** The worker checks its offline images at most hourly (lib/pwa/worker/policy.js): forget when it last did, as if an hour went by. */
function letAnHourPass(page: Page) {
  return page.evaluate(async () => (await caches.open("recent-artwork")).delete("/__pwa/recent-checked.json"));
}

test("once an admin hides an artwork, the image a visitor loaded answers 404 and leaves their offline pages, while its owner still sees it", async ({
  browser,
}) => {
  test.slow(); // an upload, three browsers and a service worker on a shared machine
  const title = `Copied coastline ${Date.now()}`;

  const owner = await newPage(browser);
  await signUp(owner);
  const artworkUrl = await uploadArtwork(owner, title);

  const visitor = await newPage(browser);
  await visitor.goto("/");
  await waitForServiceWorker(visitor);
  await visitor.goto(artworkUrl);
  const seenByVisitor = await shownImage(visitor, title);
  const fullSize = (await visitor.getByRole("link", { name: "View full size" }).getAttribute("href"))!;
  await expect.poll(() => recentTitles(visitor)).toContain(title);
  for (const url of [seenByVisitor, fullSize]) {
    const answer = await visitor.request.get(url);
    expect([url, answer.status(), answer.headers()["cache-control"]]).toEqual([url, 200, "public, max-age=31536000, immutable"]);
  }

  const admin = await newPage(browser);
  await signUpAdmin(admin);
  await hideFromAdminList(admin, title, "Traced from a photograph");

  for (const url of [seenByVisitor, fullSize]) expect([url, (await visitor.request.get(url)).status()]).toEqual([url, 404]);

  await owner.goto(artworkUrl);
  await expect(owner.getByRole("note")).toContainText("Hidden by moderators: Traced from a photograph");
  const seenByOwner = await shownImage(owner, title);
  expect(seenByOwner).toMatch(/^\/media\/private\/art\//);
  const ownersCopy = await owner.request.get(seenByOwner);
  expect([ownersCopy.status(), ownersCopy.headers()["cache-control"]]).toEqual([200, "private, no-store"]);
  expect((await visitor.request.get(seenByOwner)).status()).toBe(404);

  // The visitor's service worker had kept the image for the offline page; it asks the site again and lets it go.
  await letAnHourPass(visitor);
  await visitor.goto("/");
  await expect.poll(() => recentTitles(visitor)).not.toContain(title);
  await visitor.context().setOffline(true);
  await visitor.goto("/ranking");
  await expect(visitor.getByRole("heading", { name: "You are offline", level: 1 })).toBeVisible();
  await expect(visitor.getByText(title)).toHaveCount(0);
});
