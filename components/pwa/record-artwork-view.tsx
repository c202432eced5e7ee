"use client";

import { useEffect } from "react";
import { tellWorker } from "@/lib/pwa/client";

type Props = { id: string; title: string; artist: string; imageSelector: string };

/**
 * Tells the service worker this artwork was viewed, with the image file the
 * browser actually chose (`currentSrc`): the offline page shows that one,
 * which is the one in the cache.
 */
export function RecordArtworkView({ id, title, artist, imageSelector }: Props) {
  useEffect(() => {
    const image = document.querySelector<HTMLImageElement>(imageSelector);
    if (!image) return;
    const record = () => {
      if (image.currentSrc) tellWorker({ type: "ARTWORK_VIEWED", artwork: { id, title, artist, imageUrl: image.currentSrc } });
    };
    if (image.complete) record();
    else image.addEventListener("load", record, { once: true });
    return () => image.removeEventListener("load", record);
  }, [id, title, artist, imageSelector]);
  return null;
}
