// Runs in the service worker; app/sw.js/route.ts puts BUILD and policy.js in front of it.
/**
 * Artist Collective's service worker, hand-written: small enough to read whole, and
 * tied to no bundler step (Serwist's Turbopack support is young).
 * Provided before this file: BUILD = { id, precache: [paths] } and the
 * functions and constants of policy.js.
 *
 * Nothing that depends on who is signed in is ever stored: pages go to the
 * network every time, /api/* and non-GET requests are not touched. What is
 * stored: this build's static files and the visitor version of /offline
 * (shell-<build id>), artwork images as they are seen (artwork-images), and
 * the list of recently viewed artwork (recent-artwork). The last two are a
 * member's history: they go when the signed-in member changes.
 *
 * An image the site answers 404 for is gone for good (deleted, or its
 * artwork hidden: hiding moves every file to new keys), so the worker drops
 * it, and the recently viewed artwork it showed, rather than serve its copy
 * later. Hidden artwork's private files are never stored.
 */

const SHELL_CACHE = SHELL_PREFIX + BUILD.id;
const PRECACHED = new Set(BUILD.precache);
const OFFLINE_PATH = "/offline";
/**
 * Pages answered with the offline page: their header is the cached visitor
 * version, so their "signed out" report is not the truth (the page itself
 * also stays quiet, components/pwa/session-sync.tsx; this covers the rest).
 */
const offlineClients = new Set();

self.addEventListener("install", (event) => {
  event.waitUntil(precache());
});

async function precache() {
  const cache = await caches.open(SHELL_CACHE);
  // The offline page as a visitor sees it: no member's name or menu in the cache.
  const requests = BUILD.precache.map(
    (path) => new Request(path, { credentials: path === OFFLINE_PATH ? "omit" : "same-origin", cache: "no-cache" }),
  );
  await cache.addAll(requests);
}

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(names.filter((name) => name.startsWith(SHELL_PREFIX) && name !== SHELL_CACHE).map((name) => caches.delete(name)));
      if (self.registration.navigationPreload) await self.registration.navigationPreload.enable();
      await self.clients.claim();
    })(),
  );
});

self.addEventListener("message", (event) => {
  const message = event.data;
  if (!message || typeof message !== "object") return;
  if (message.type === "SKIP_WAITING") self.skipWaiting();
  else if (message.type === "SESSION") event.waitUntil(noteSession(event.source, message.userId));
  else if (message.type === "ARTWORK_VIEWED") event.waitUntil(noteViewed(message.artwork));
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const kind = classifyRequest(request, self.location.origin, PRECACHED);
  if (kind === "navigate") event.respondWith(networkOrOffline(event));
  else if (kind === "shell") event.respondWith(fromShell(request));
  else if (kind === "image") event.respondWith(staleWhileRevalidate(event));
  // "pass": no respondWith, the browser goes to the network as usual.
});

async function networkOrOffline(event) {
  try {
    const preloaded = await event.preloadResponse;
    return preloaded ?? (await fetch(event.request));
  } catch (error) {
    const offline = await caches.match(OFFLINE_PATH, { cacheName: SHELL_CACHE });
    if (!offline) throw error;
    if (event.resultingClientId) offlineClients.add(event.resultingClientId);
    return offline;
  }
}

async function fromShell(request) {
  return (await caches.match(request, { cacheName: SHELL_CACHE })) ?? fetch(request);
}

/** Cached image at once (and refreshed behind it), or the network's, kept for next time. */
async function staleWhileRevalidate(event) {
  const cache = await caches.open(IMAGE_CACHE);
  const cached = await cache.match(event.request);
  const refresh = fetch(event.request).then(async (response) => {
    if (isStorable(response)) await storeImage(cache, event.request, response.clone());
    else if (response.status === 404) await forgetImage(event.request.url);
    return response;
  });
  if (cached) {
    event.waitUntil(refresh.catch(() => undefined));
    event.waitUntil(touchImage(event.request.url));
    return cached;
  }
  return refresh;
}

/** Only whole, same-origin answers (an opaque or partial one could be anything, of any size). */
function isStorable(response) {
  return response.ok && response.status === 200 && response.type === "basic";
}

/** One ledger update at a time: many images arrive together and each rewrites the ledger. */
let ledgerQueue = Promise.resolve();
function withLedger(change) {
  ledgerQueue = ledgerQueue
    .then(async () => {
      const cache = await caches.open(IMAGE_CACHE);
      const ledger = await readJson(cache, IMAGE_LEDGER_KEY, []);
      const next = await change(cache, ledger);
      if (next) await writeJson(cache, IMAGE_LEDGER_KEY, next);
    })
    .catch(() => undefined);
  return ledgerQueue;
}

async function storeImage(cache, request, response) {
  const length = Number(response.headers.get("content-length"));
  const bytes = Number.isFinite(length) && length > 0 ? length : (await response.clone().blob()).size;
  await cache.put(request, response);
  await withLedger(async (ledgerCache, ledger) => {
    const entries = recordImage(ledger, { url: request.url, bytes, usedAt: Date.now() });
    const evicted = imagesToEvict(entries, IMAGE_LIMITS);
    await Promise.all(evicted.map((url) => ledgerCache.delete(url)));
    return entries.filter((entry) => !evicted.includes(entry.url));
  });
}

function touchImage(url) {
  return withLedger(async (_cache, ledger) => {
    const entry = ledger.find((item) => item.url === url);
    return entry ? recordImage(ledger, { ...entry, usedAt: Date.now() }) : null;
  });
}

/** The site no longer has this image: out of the cache, the ledger and the recently viewed list. */
async function forgetImage(url) {
  await (await caches.open(IMAGE_CACHE)).delete(url);
  await withLedger(async (_cache, ledger) => ledger.filter((entry) => entry.url !== url));
  const recentCache = await caches.open(RECENT_CACHE);
  await writeJson(recentCache, RECENT_KEY, withoutImage(await readJson(recentCache, RECENT_KEY, []), url, self.location.origin));
}

/**
 * At most hourly, while a page is online: asks the site whether each
 * recently viewed image still exists, so the offline page never shows an
 * artwork hidden or deleted since. Conditional requests past the browser's
 * HTTP cache (which would keep a year-long copy), answered 304 without a
 * body while the file is there.
 */
async function checkRecentImages() {
  const recentCache = await caches.open(RECENT_CACHE);
  const now = Date.now();
  if (!recentCheckDue((await readJson(recentCache, RECENT_CHECK_KEY, {})).at, now)) return;
  await writeJson(recentCache, RECENT_CHECK_KEY, { at: now });
  const images = await caches.open(IMAGE_CACHE);
  for (const item of await readJson(recentCache, RECENT_KEY, [])) {
    const url = new URL(item.imageUrl, self.location.origin).href;
    const cached = await images.match(url);
    if (!cached) continue;
    const etag = cached.headers.get("etag");
    const answer = await fetch(url, { cache: "no-store", headers: etag ? { "If-None-Match": etag } : {} }).catch(() => null);
    if (answer?.status === 404) await forgetImage(url);
    else await answer?.body?.cancel();
  }
}

async function noteViewed(data) {
  const viewed = parseViewedArtwork(data, self.location.origin, Date.now());
  if (!viewed) return;
  const cache = await caches.open(RECENT_CACHE);
  await writeJson(cache, RECENT_KEY, addRecent(await readJson(cache, RECENT_KEY, []), viewed, RECENT_LIMIT));
  await keepImage(new URL(viewed.imageUrl, self.location.origin).href);
}

/** The image the page showed may have loaded before this worker controlled it: fetch it into the cache then. */
async function keepImage(url) {
  const cache = await caches.open(IMAGE_CACHE);
  if (await cache.match(url)) return;
  const response = await fetch(url).catch(() => null);
  if (response && isStorable(response)) await storeImage(cache, new Request(url), response);
}

/** The page says who is signed in; a different member (or none) than before: their history goes. */
async function noteSession(source, userId) {
  if (source && offlineClients.has(source.id)) return;
  if (userId !== null && typeof userId !== "string") return;
  const cache = await caches.open(RECENT_CACHE);
  const stored = await readJson(cache, OWNER_KEY, { known: false });
  if (ownerChanged(stored.known ? stored.userId : undefined, userId)) await forgetMember(cache);
  await writeJson(cache, OWNER_KEY, { known: true, userId });
  await checkRecentImages();
}

async function forgetMember(recentCache) {
  await ledgerQueue;
  await Promise.all([caches.delete(IMAGE_CACHE), recentCache.delete(RECENT_KEY)]);
}

async function readJson(cache, key, fallback) {
  const response = await cache.match(key);
  if (!response) return fallback;
  try {
    return await response.json();
  } catch {
    return fallback;
  }
}

function writeJson(cache, key, value) {
  return cache.put(key, new Response(JSON.stringify(value), { headers: { "Content-Type": "application/json" } }));
}
