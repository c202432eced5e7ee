import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { insertNotifications, type NotificationEvent as InsertedEvent } from "@/lib/notifications/insert";
import { notificationKeys } from "@/lib/notifications/keys";
import { announceUnread } from "@/lib/notifications/live";

type Transaction = Prisma.TransactionClient;

export type NotificationEvent = InsertedEvent & { recipientId: string };

/**
 * Tells a member of something, inside the transaction of what caused it, so
 * the two commit or roll back together (the rules are insertNotifications').
 * An "at once" mail is a job that waits NOTIFICATION_MAIL_DELAY_SECONDS, so
 * reading it in the site first sends none. Answers the recipient when their
 * bell has something new to show.
 */
export async function notify(tx: Transaction, { recipientId, ...event }: NotificationEvent): Promise<string | null> {
  const [written] = await insertNotifications(tx, Prisma.sql`SELECT ${recipientId} AS "recipientId"`, event);
  return written && Boolean(written.inSite) ? recipientId : null;
}

/** Takes back what a cause told, when the cause itself is taken back: an unfollow, a favourite or rating removed. */
export async function withdrawNotification(
  tx: Transaction,
  event: Pick<NotificationEvent, "recipientId" | "type" | "actorId" | "artworkId">,
): Promise<void> {
  const { causeKey } = notificationKeys(event, new Date());
  await tx.notification.deleteMany({ where: { recipientId: event.recipientId, causeKey } });
}

/** Notifies inside a transaction; code that can be part of a bigger one takes it from its caller. */
export type Tell = (tx: Transaction, event: NotificationEvent) => Promise<void>;

/** For a caller with nobody to announce to: the bell shows it at the next page load. */
export const tellQuietly: Tell = async (tx, event) => void (await notify(tx, event));

/**
 * Notifications told inside a transaction the caller runs, announced once
 * it has committed: `tell` in the transaction, `announce` after it.
 */
export function notificationBatch(): { tell: Tell; announce: () => Promise<void> } {
  const told: (string | null)[] = [];
  return {
    tell: async (tx, event) => void told.push(await notify(tx, event)),
    announce: () => announceUnread(told),
  };
}

/** A transaction whose notifications go to their members' bells once it commits. */
export async function notifyingTransaction<T>(
  work: (tx: Transaction, tell: (event: NotificationEvent) => Promise<void>) => Promise<T>,
): Promise<T> {
  const batch = notificationBatch();
  const outcome = await db.$transaction((tx) => work(tx, (event) => batch.tell(tx, event)));
  await batch.announce();
  return outcome;
}
