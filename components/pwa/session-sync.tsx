"use client";

import { useEffect } from "react";
import { OFFLINE_PAGE_ID } from "@/lib/pwa/offline";
import { tellWorker } from "@/lib/pwa/client";

/**
 * Tells the service worker who is signed in (null: nobody) on every page
 * and whenever it changes (logging out, with or without JavaScript, lands on
 * a page that says so): a change makes the worker forget the previous
 * member's recently viewed artwork and cached images.
 */
export function SessionSync({ userId }: { userId: string | null }) {
  useEffect(() => {
    // The offline page is a cached visitor page: its "nobody" is not news.
    if (document.getElementById(OFFLINE_PAGE_ID)) return;
    tellWorker({ type: "SESSION", userId });
  }, [userId]);
  return null;
}
