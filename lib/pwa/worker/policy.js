// @ts-check
/**
 * The service worker's decisions, as pure functions: which requests it may
 * touch, which cached images to evict, how the recently viewed list grows.
 * Plain JavaScript because the worker runs it as is: app/sw.js/route.ts
 * pastes this file (minus the `export` keywords) in front of
 * service-worker.js. Vitest imports it as a module (policy.test.ts); the
 * types are in policy.d.ts.
 */

export const IMAGE_CACHE = "artwork-images";
export const RECENT_CACHE = "recent-artwork";
export const SHELL_PREFIX = "shell-";
/** Where the worker keeps its own records, inside its caches (never a real route). */
export const RECENT_KEY = "/__pwa/recent-artwork.json";
export const IMAGE_LEDGER_KEY = "/__pwa/image-ledger.json";
export const OWNER_KEY = "/__pwa/owner.json";
export const RECENT_CHECK_KEY = "/__pwa/recent-checked.json";
export const IMAGE_LIMITS = { maxEntries: 60, maxBytes: 50 * 1024 * 1024 };
export const RECENT_LIMIT = 12;
/** How often, at most, the worker asks the site whether the recently viewed images still exist. */
export const RECENT_CHECK_INTERVAL_MS = 60 * 60 * 1000;
/**
 * Hidden artwork's files (lib/art/media-keys.ts PRIVATE_MEDIA_PREFIX under
 * /media/): only its owner and admins load them, with Cache-Control
 * private, no-store. The worker leaves them alone.
 */
export const PRIVATE_MEDIA_PATH = "/media/private/";

/** Artwork ids are cuids (lib/art/schemas.ts artworkIdSchema). */
const ARTWORK_ID = /^[a-z0-9]{10,40}$/;

/**
 * What the worker does with a request:
 * - "pass": nothing at all (the browser fetches as if there were no worker):
 *   anything not GET, other origins, /api/*, /sw.js, server action and RSC
 *   fetches, every page requested by script;
 * - "navigate": a page load: network only, the offline page when that fails;
 * - "shell": a file of this build, from the precache;
 * - "image": an artwork image (/media/*), stale-while-revalidate; never a
 *   hidden artwork's private file, which passes.
 * @param {{ method: string, url: string, mode: string, destination: string }} request
 * @param {string} origin
 * @param {ReadonlySet<string>} precached same-origin paths in the shell cache
 * @returns {"pass" | "navigate" | "shell" | "image"}
 */
export function classifyRequest(request, origin, precached) {
  if (request.method !== "GET") return "pass";
  const url = new URL(request.url);
  if (url.origin !== origin) return "pass";
  if (url.pathname.startsWith("/api/") || url.pathname === "/sw.js") return "pass";
  if (request.mode === "navigate") return "navigate";
  if (url.pathname.startsWith("/media/") && !url.pathname.startsWith(PRIVATE_MEDIA_PATH) && request.destination === "image") return "image";
  if (url.search === "" && precached.has(url.pathname)) return "shell";
  return "pass";
}

/**
 * Least recently used first, the images to drop so that at most
 * `maxEntries` remain and their bytes add up to at most `maxBytes`.
 * @param {ReadonlyArray<{ url: string, bytes: number, usedAt: number }>} entries
 * @param {{ maxEntries: number, maxBytes: number }} limits
 * @returns {string[]} the URLs to delete
 */
export function imagesToEvict(entries, limits) {
  const oldestFirst = [...entries].sort((a, b) => a.usedAt - b.usedAt);
  let count = oldestFirst.length;
  let bytes = oldestFirst.reduce((sum, entry) => sum + entry.bytes, 0);
  const evicted = [];
  for (const entry of oldestFirst) {
    if (count <= limits.maxEntries && bytes <= limits.maxBytes) break;
    evicted.push(entry.url);
    count -= 1;
    bytes -= entry.bytes;
  }
  return evicted;
}

/**
 * The ledger with `url` recorded as used now (added, or moved up with its new size).
 * @param {ReadonlyArray<{ url: string, bytes: number, usedAt: number }>} entries
 * @param {{ url: string, bytes: number, usedAt: number }} entry
 */
export function recordImage(entries, entry) {
  return [...entries.filter((existing) => existing.url !== entry.url), entry];
}

/**
 * A viewed-artwork message from a page, checked like any outside input:
 * the image must be one of this site's public /media/ files (a hidden
 * artwork, seen by its owner or an admin, is not kept); texts are cut short.
 * @param {unknown} data
 * @param {string} origin
 * @param {number} now
 * @returns {{ id: string, title: string, artist: string, imageUrl: string, viewedAt: number } | null}
 */
export function parseViewedArtwork(data, origin, now) {
  if (typeof data !== "object" || data === null) return null;
  const { id, title, artist, imageUrl } = /** @type {Record<string, unknown>} */ (data);
  if (typeof id !== "string" || !ARTWORK_ID.test(id)) return null;
  if (typeof title !== "string" || typeof artist !== "string" || typeof imageUrl !== "string") return null;
  let image;
  try {
    image = new URL(imageUrl, origin);
  } catch {
    return null;
  }
  if (image.origin !== origin || !image.pathname.startsWith("/media/") || image.pathname.startsWith(PRIVATE_MEDIA_PATH)) return null;
  return { id, title: title.slice(0, 100), artist: artist.slice(0, 100), imageUrl: image.pathname, viewedAt: now };
}

/**
 * The recently viewed list with `viewed` first (once), at most `limit` long.
 * @template {{ id: string }} T
 * @param {ReadonlyArray<T>} recent
 * @param {T} viewed
 * @param {number} limit
 * @returns {T[]}
 */
export function addRecent(recent, viewed, limit) {
  return [viewed, ...recent.filter((item) => item.id !== viewed.id)].slice(0, limit);
}

/**
 * The recently viewed list without the artwork shown by this image (its
 * absolute URL), which the site no longer serves.
 * @template {{ imageUrl: string }} T
 * @param {ReadonlyArray<T>} recent
 * @param {string} imageHref
 * @param {string} origin
 * @returns {T[]}
 */
export function withoutImage(recent, imageHref, origin) {
  return recent.filter((item) => new URL(item.imageUrl, origin).href !== imageHref);
}

/**
 * Whether it is time to check the recently viewed images again: never
 * checked, an interval ago, or the clock went back.
 * @param {number | undefined} lastCheckedAt
 * @param {number} now
 */
export function recentCheckDue(lastCheckedAt, now) {
  return lastCheckedAt === undefined || now - lastCheckedAt >= RECENT_CHECK_INTERVAL_MS || now < lastCheckedAt;
}

/**
 * Whether what the worker holds for `storedOwner` must go now that `currentOwner`
 * is signed in (null: a visitor). Unknown before (first report): keep.
 * @param {string | null | undefined} storedOwner
 * @param {string | null} currentOwner
 */
export function ownerChanged(storedOwner, currentOwner) {
  return storedOwner !== undefined && storedOwner !== currentOwner;
}

/**
 * The artwork id in an /art/<id> address, if it is one.
 * @param {string} pathname
 * @returns {string | null}
 */
export function artworkIdFromPath(pathname) {
  const match = /^\/art\/([^/]+)\/?$/.exec(pathname);
  return match && ARTWORK_ID.test(match[1]) ? match[1] : null;
}
