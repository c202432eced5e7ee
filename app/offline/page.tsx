import type { Metadata } from "next";
import { OFFLINE_PAGE_ID } from "@/lib/pwa/offline";
import { OfflineArtwork } from "./offline-artwork";

export const metadata: Metadata = { title: "Offline", robots: { index: false, follow: false } };

/**
 * What the service worker shows when a page cannot be fetched. It caches
 * this page as a visitor sees it, so nothing here depends on who is signed
 * in; the recently viewed artwork comes from the browser's own cache.
 */
export default function OfflinePage() {
  return (
    <article id={OFFLINE_PAGE_ID} className="offline-page">
      <OfflineArtwork />
    </article>
  );
}
