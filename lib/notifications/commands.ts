import "server-only";
import { db } from "@/lib/db";
import { announceUnread } from "@/lib/notifications/live";
import { groupsByKey } from "@/lib/notifications/queries";
import { done, refused, type Result } from "@/lib/result";

/** Reading is seeing: a read notification's waiting mail is not sent. */
const READ = (now: Date) => ({ readAt: now, pendingMail: null });

/** Marks every notification of the member read, and tells their other pages. */
export async function markAllRead(userId: string, now = new Date()): Promise<Result<void>> {
  const { count } = await db.notification.updateMany({ where: { recipientId: userId, readAt: null }, data: READ(now) });
  if (count > 0) await announceUnread([userId]);
  return done(undefined, "All notifications marked read.");
}

export const NO_SUCH_NOTIFICATION = "This notification no longer exists.";

/**
 * Opens a notification: its whole group is marked read, and the answer is
 * where it leads. Another member's id matches nothing, as a deleted one.
 */
export async function openNotification(recipient: { id: string; username: string }, id: number, now = new Date()): Promise<Result<string>> {
  const row = await db.notification.findFirst({ where: { id, recipientId: recipient.id, inSite: true }, select: { groupKey: true } });
  if (!row) return refused(NO_SUCH_NOTIFICATION);
  const { count } = await db.notification.updateMany({
    where: { recipientId: recipient.id, groupKey: row.groupKey, readAt: null },
    data: READ(now),
  });
  if (count > 0) await announceUnread([recipient.id]);
  const group = (await groupsByKey(recipient, [row.groupKey])).get(row.groupKey);
  return group ? done(group.href) : refused(NO_SUCH_NOTIFICATION);
}
