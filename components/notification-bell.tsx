"use client";

import Link from "next/link";
import { useEffect, useState } from "react";
import { memberChannel, UNREAD_COUNT_CAP, UNREAD_EVENT, unreadLabel } from "@/lib/notifications/types";
import type { PusherClientOptions } from "@/lib/realtime/config";

type BellProps = { userId: string; initialCount: number; realtime: PusherClientOptions };

/**
 * The header's bell: a link to /notifications with the unread count, which
 * the server renders (so it works without JavaScript) and the member's
 * private channel keeps current while the page is open. pusher-js loads
 * only after the page has, so it costs the first paint nothing.
 */
export function NotificationBell({ userId, initialCount, realtime }: BellProps) {
  const [count, setCount] = useState(initialCount);
  // A server render (a navigation, an action) brings a fresh count: it replaces the live one.
  const [rendered, setRendered] = useState(initialCount);
  if (rendered !== initialCount) {
    setRendered(initialCount);
    setCount(initialCount);
  }
  // The options come from the server as a fresh object on each render; connect again only when they change.
  const settings = JSON.stringify(realtime);

  useEffect(() => {
    let stop = () => {};
    let cancelled = false;
    // Loaded after the page, so pusher-js costs the first paint nothing; a chat room on the page shares the connection.
    void import("@/lib/realtime/browser-connection").then(({ holdRealtimeConnection }) => {
      if (cancelled) return;
      const { pusher, release } = holdRealtimeConnection(JSON.parse(settings) as PusherClientOptions);
      const channelName = memberChannel(userId);
      const channel = pusher.subscribe(channelName);
      const onUnread = ({ count: unread }: { count?: unknown }) => {
        if (typeof unread === "number") setCount(Math.min(unread, UNREAD_COUNT_CAP));
      };
      channel.bind(UNREAD_EVENT, onUnread);
      stop = () => {
        channel.unbind(UNREAD_EVENT, onUnread);
        pusher.unsubscribe(channelName);
        release();
      };
    });
    return () => {
      cancelled = true;
      stop();
    };
  }, [userId, settings]);

  const name = count > 0 ? `Notifications, ${unreadLabel(count)} unread` : "Notifications, none unread";
  return (
    <Link href="/notifications" prefetch={false} className="notification-bell" aria-label={name} title={name} data-unread={count}>
      <svg
        aria-hidden="true"
        viewBox="0 0 24 24"
        width="22"
        height="22"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
      >
        <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
        <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
      </svg>
      {count > 0 && (
        <span className="notification-count" aria-hidden="true">
          {unreadLabel(count)}
        </span>
      )}
    </Link>
  );
}
