"use client";

import { useEffect, useState } from "react";
import { registerServiceWorker } from "@/lib/pwa/client";
import { applyUpdate, watchForUpdate } from "@/lib/pwa/updates";

/**
 * Registers the service worker and, when a new version of the site has
 * installed one that waits to take over, offers to reload into it. A status
 * banner, not a dialog: the reader finishes what they were doing first.
 */
export function ServiceWorkerUpdates() {
  const [waiting, setWaiting] = useState<ServiceWorker | null>(null);

  useEffect(() => {
    let stopWatching = () => {};
    let stopped = false;
    const checkForUpdate = () => {
      if (document.visibilityState === "visible")
        void registerServiceWorker().then((registration) => registration?.update().catch(() => undefined));
    };
    void registerServiceWorker().then((registration) => {
      if (!registration || stopped) return;
      stopWatching = watchForUpdate(
        registration,
        () => navigator.serviceWorker.controller !== null,
        (worker) => setWaiting(worker as ServiceWorker),
      );
    });
    // Client-side navigation never re-fetches /sw.js; coming back to the tab is a good moment to look.
    document.addEventListener("visibilitychange", checkForUpdate);
    return () => {
      stopped = true;
      stopWatching();
      document.removeEventListener("visibilitychange", checkForUpdate);
    };
  }, []);

  if (!waiting) return null;
  return (
    <aside className="update-banner" role="status" aria-label="Update available">
      <p>A new version of Artist Collective is ready.</p>
      <button type="button" onClick={() => applyUpdate(waiting, navigator.serviceWorker, () => window.location.reload())}>
        Reload to update
      </button>
    </aside>
  );
}
