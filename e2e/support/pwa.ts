import { expect, type Page } from "@playwright/test";

/** Waits until the service worker is active and controls this page (the first visit installs it). */
export async function waitForServiceWorker(page: Page) {
  await page.waitForFunction(
    async () => {
      await navigator.serviceWorker.ready;
      return navigator.serviceWorker.controller !== null;
    },
    null,
    { timeout: 30_000 },
  );
}

/** The titles in the service worker's recently viewed record, read from the page's own cache storage. */
export function recentTitles(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const response = await (await caches.open("recent-artwork")).match("/__pwa/recent-artwork.json");
    const recent: { title: string }[] = response ? await response.json() : [];
    return recent.map((item) => item.title);
  });
}

export function cachedImageCount(page: Page): Promise<number> {
  return page.evaluate(
    async () =>
      (await (await caches.open("artwork-images")).keys()).filter((request) => new URL(request.url).pathname.startsWith("/media/")).length,
  );
}

/** Every image on the page that has actually been drawn (naturalWidth > 0), by alt text. */
export async function expectImageShown(page: Page, alt: string) {
  const image = page.getByRole("img", { name: alt }).first();
  await expect(image).toBeVisible();
  await expect.poll(() => image.evaluate((element: HTMLImageElement) => element.complete && element.naturalWidth)).toBeGreaterThan(0);
}
