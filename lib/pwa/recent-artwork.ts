import { IMAGE_CACHE, RECENT_CACHE, RECENT_KEY, type RecentArtwork } from "@/lib/pwa/worker/policy";

export type { RecentArtwork };

/**
 * The service worker's record of recently viewed artwork (browser only),
 * newest first, keeping only those whose image is still in the cache:
 * offline, the others would show as broken images.
 */
export async function readRecentArtwork(): Promise<RecentArtwork[]> {
  if (typeof caches === "undefined") return [];
  const response = await (await caches.open(RECENT_CACHE)).match(RECENT_KEY);
  const recent: unknown = response ? await response.json().catch(() => []) : [];
  if (!Array.isArray(recent)) return [];
  const images = await caches.open(IMAGE_CACHE);
  const shown = await Promise.all(recent.map(async (item: RecentArtwork) => ((await images.match(item.imageUrl)) ? item : null)));
  return shown.filter((item) => item !== null);
}

/** The address the browser asked for: the offline page is served in its place, under its URL. */
export function requestedPath(): string {
  const [navigation] = performance.getEntriesByType("navigation");
  return new URL(navigation?.name ?? window.location.href).pathname;
}
