/**
 * The page's side of the service worker (browser only). Registered in
 * production builds only: in development Next.js rebuilds files under the
 * same names, which a cache-first worker would keep serving stale.
 */
let registration: Promise<ServiceWorkerRegistration | null> | undefined;

export function serviceWorkerSupported(): boolean {
  return process.env.NODE_ENV === "production" && typeof navigator !== "undefined" && "serviceWorker" in navigator;
}

/**
 * After the page's own load: installing the worker fetches the whole build
 * for its precache, which on a phone's connection must not compete with the
 * page's first images and scripts.
 */
function pageLoaded(): Promise<void> {
  if (document.readyState === "complete") return Promise.resolve();
  return new Promise((resolve) => window.addEventListener("load", () => resolve(), { once: true }));
}

/** Registers /sw.js once per page, once the page has loaded; null where there is no service worker. */
export function registerServiceWorker(): Promise<ServiceWorkerRegistration | null> {
  if (!serviceWorkerSupported()) return Promise.resolve(null);
  registration ??= pageLoaded()
    .then(() => navigator.serviceWorker.register("/sw.js", { scope: "/", updateViaCache: "none" }))
    .catch(() => null);
  return registration;
}

/** A message for the active worker, whenever there is one (never, without a worker). */
export function tellWorker(message: { type: string } & Record<string, unknown>): void {
  if (!serviceWorkerSupported()) return;
  void navigator.serviceWorker.ready.then((ready) => ready.active?.postMessage(message));
}
