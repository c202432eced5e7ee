import "server-only";
import { db } from "@/lib/db";
import { isDigestHour, sendDueDigests } from "@/lib/notifications/mail";

const DAY_MS = 24 * 60 * 60 * 1_000;
/** How often each instance looks whether the digest hour has come. */
const DIGEST_CHECK_MS = 10 * 60 * 1_000;

/** Read notifications are kept this long, then go; unread ones stay until read or their cause goes. */
export const READ_NOTIFICATION_RETENTION_DAYS = 90;

/** Deletes read notifications older than the retention; safe on every instance at once. Answers how many went. */
export async function pruneReadNotifications(now = new Date()): Promise<number> {
  const before = new Date(now.getTime() - READ_NOTIFICATION_RETENTION_DAYS * DAY_MS);
  const { count } = await db.notification.deleteMany({ where: { readAt: { lt: before }, createdAt: { lt: before } } });
  return count;
}

function logged(work: () => Promise<number>, done: string, failed: string) {
  return () =>
    void work().then(
      (count) => count > 0 && console.log(`[notifications] ${count} ${done}`),
      (error: unknown) => console.error(`[notifications] ${failed}`, error),
    );
}

/**
 * In each server process: pruning at start-up and daily, and the digests
 * once their hour has come (each member gets one a day however many
 * instances look). The timers do not keep a stopping process alive.
 */
export function startNotificationUpkeep(): void {
  const prune = logged(pruneReadNotifications, "old read notification(s) pruned", "pruning notifications failed");
  prune();
  setInterval(prune, DAY_MS).unref();
  const digests = logged(
    () => (isDigestHour(new Date()) ? sendDueDigests() : Promise.resolve(0)),
    "digest mail(s) queued",
    "sending the digests failed",
  );
  setInterval(digests, DIGEST_CHECK_MS).unref();
}
