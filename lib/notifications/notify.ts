import "server-only";
import { isBlockedEitherWay } from "@/lib/blocks/blocks";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { enqueueJob } from "@/lib/jobs/queue";
import { notificationKeys, type NotificationSubject } from "@/lib/notifications/keys";
import { announceUnread } from "@/lib/notifications/live";
import { mailDueAt, notificationMailJob } from "@/lib/notifications/mail-job";
import { notificationChoice } from "@/lib/notifications/preferences";

type Transaction = Prisma.TransactionClient;

export type NotificationEvent = NotificationSubject & {
  recipientId: string;
  /** Words kept from the cause: a title, a comment's opening. */
  excerpt?: string;
  reason?: string;
  now?: Date;
};

const EXCERPT_LENGTH = 140;

export const excerptOf = (text: string) => (text.length > EXCERPT_LENGTH ? `${text.slice(0, EXCERPT_LENGTH - 1)}…` : text);

/**
 * Tells a member of something, inside the transaction of what caused it, so
 * the two commit or roll back together. Nobody hears of their own actions,
 * nor of anything from a member either of them blocked; a type the member
 * turned off everywhere writes nothing. A repeat of the same cause adds
 * nothing (the unique cause key). An "at once" mail is a job that waits
 * NOTIFICATION_MAIL_DELAY_SECONDS, so reading it in the site first sends
 * none. Answers the recipient when their bell has something new to show.
 */
export async function notify(tx: Transaction, event: NotificationEvent): Promise<string | null> {
  const { recipientId, actorId, now = new Date() } = event;
  if (actorId === recipientId) return null;
  if (actorId && (await isBlockedEitherWay(actorId, recipientId, tx))) return null;
  const choice = await notificationChoice(tx, recipientId, event.type);
  if (!choice.inSite && choice.mail === "NONE") return null;
  const { groupKey, causeKey } = notificationKeys(event, now);
  const pendingMail = choice.mail === "NONE" ? null : choice.mail;
  const rows = await tx.$queryRaw<{ id: number }[]>`
    INSERT INTO "Notification" ("recipientId", "actorId", "type", "groupKey", "causeKey", "artworkId", "commentId", "reportId",
      "excerpt", "reason", "inSite", "createdAt", "readAt", "pendingMail")
    VALUES (${recipientId}, ${actorId ?? null}, ${event.type}, ${groupKey}, ${causeKey}, ${event.artworkId ?? null},
      ${event.commentId ?? null}, ${event.reportId ?? null}, ${excerptOf(event.excerpt ?? "")}, ${event.reason ?? ""},
      ${choice.inSite}, ${now}, ${choice.inSite ? null : now}, ${pendingMail})
    ON CONFLICT ("recipientId", "causeKey") DO NOTHING
    RETURNING "id"`;
  const created = rows[0];
  if (!created) return null;
  if (pendingMail === "INSTANT") {
    await enqueueJob(tx, notificationMailJob, { notificationId: Number(created.id) }, mailDueAt(now));
  }
  return choice.inSite ? recipientId : null;
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
