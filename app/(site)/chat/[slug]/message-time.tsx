"use client";

import { useSyncExternalStore } from "react";

const noSubscription = () => () => {};

/** False while rendering on the server and hydrating, true after: for what only the browser knows (its time zone, its keys). */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}

function localLabel(date: Date, now: Date): string {
  const time = date.toLocaleTimeString("en", { hour: "numeric", minute: "2-digit" });
  if (date.toDateString() === now.toDateString()) return time;
  return `${date.toLocaleDateString("en", { month: "short", day: "numeric" })}, ${time}`;
}

/**
 * When a message was sent, in the reader's own time zone. The server knows
 * no time zone, so the first render (and a page without JavaScript) says UTC.
 */
export function MessageTime({ iso }: { iso: string }) {
  const hydrated = useHydrated();
  const date = new Date(iso);
  const label = hydrated
    ? localLabel(date, new Date())
    : `${date.toLocaleString("en", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" })} UTC`;
  return (
    <time dateTime={iso} title={hydrated ? date.toLocaleString("en", { dateStyle: "full", timeStyle: "short" }) : undefined}>
      {label}
    </time>
  );
}
