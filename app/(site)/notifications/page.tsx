import type { Metadata } from "next";
import Link from "next/link";
import { ActionButton } from "@/components/action-button";
import { KeysetPages } from "@/components/keyset-pages";
import { Avatar } from "@/components/avatar";
import { RelativeTime } from "@/components/relative-time";
import { requireUser } from "@/lib/auth/session";
import { notificationPage, type NotificationGroup } from "@/lib/notifications/queries";
import { notificationCursorParam, notificationCursorSchema } from "@/lib/notifications/schemas";
import { markAllNotificationsRead } from "./actions";
import "./notifications.css";

export const metadata: Metadata = { title: "Notifications", robots: { index: false } };

/** The member's notifications, grouped, newest first, an "Older" link at a time (keyset: ?before=time_group of the last one). */
export default async function NotificationsPage({ searchParams }: PageProps<"/notifications">) {
  const member = await requireUser("/notifications");
  const before = notificationCursorSchema.parse((await searchParams).before);
  const page = await notificationPage(member, before);
  const now = new Date();
  const anyUnread = page.groups.some((group) => group.unread);
  return (
    <>
      <hgroup>
        <h1>Notifications</h1>
        <p>
          What happened to your art and your account. Choose what you hear of, and by mail, in{" "}
          <Link href="/settings/notifications">notification settings</Link>.
        </p>
      </hgroup>
      {anyUnread && (
        <div className="notification-actions">
          <ActionButton action={markAllNotificationsRead} fields={{}} label="Mark all read" className="secondary" />
        </div>
      )}
      {page.groups.length === 0 ? (
        <p className="empty-state">
          {before
            ? "Nothing older."
            : "Nothing yet. When someone comments on, rates or favourites your art, or follows you, you will see it here."}
        </p>
      ) : (
        <ol className="notification-list">
          {page.groups.map((group) => (
            <NotificationItem key={group.key} group={group} now={now} />
          ))}
        </ol>
      )}
      <KeysetPages path="/notifications" onNewest={!before} olderCursor={page.next && notificationCursorParam(page.next)} />
    </>
  );
}

function NotificationItem({ group, now }: { group: NotificationGroup; now: Date }) {
  return (
    <li className={group.unread ? "notification unread" : "notification"}>
      {group.actor ? (
        <Avatar author={group.actor} size={36} />
      ) : (
        <span className="notification-moderators" aria-hidden="true">
          🛡
        </span>
      )}
      <div>
        {/* A plain link, never prefetched: opening marks the group read. */}
        <a href={`/notifications/${group.openId}`}>
          {group.unread && <strong className="notification-new">New</strong>}
          {group.unread && " "}
          <span className="notification-sentence">{group.sentence}</span>
        </a>
        <small>
          <RelativeTime date={group.latestAt} now={now} />
        </small>
      </div>
    </li>
  );
}
