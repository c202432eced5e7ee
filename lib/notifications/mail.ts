import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import type { Prisma } from "@/lib/generated/prisma/client";
import { handleJob } from "@/lib/jobs/kinds";
import { queueMail } from "@/lib/mail/outbox";
import { siteUrl } from "@/lib/mail/site-url";
import { digestMail, notificationMail } from "@/lib/mail/templates/notification";
import { dayOf } from "@/lib/notifications/keys";
import { notificationMailJob } from "@/lib/notifications/mail-job";
import { notificationChoices } from "@/lib/notifications/preferences";
import { loadGroups } from "@/lib/notifications/queries";
import { TYPE_LABELS, type NotificationType } from "@/lib/notifications/types";
import { unsubscribeUrl } from "@/lib/notifications/unsubscribe";

type Transaction = Prisma.TransactionClient;

/** The member's confirmed address and username; null without one (their waiting mail is then dropped). */
async function mailableMember(tx: Transaction, userId: string) {
  const user = await tx.user.findUnique({ where: { id: userId }, select: { email: true, emailVerifiedAt: true, username: true } });
  return user?.email && user.emailVerifiedAt ? { email: user.email, username: user.username } : null;
}

/**
 * An "at once" mail, when its delay is up: nothing if it was read in the
 * site meanwhile (reading clears pendingMail) or deleted with its cause;
 * moved to the digest, or dropped, if the member changed their choice since.
 */
export async function sendNotificationMail(notificationId: number): Promise<void> {
  await db.$transaction(async (tx) => {
    const row = await tx.notification.findUnique({
      where: { id: notificationId },
      select: { recipientId: true, type: true, pendingMail: true },
    });
    if (row?.pendingMail !== "INSTANT") return;
    const type = row.type as NotificationType;
    const member = await mailableMember(tx, row.recipientId);
    const { mail } = (await notificationChoices(row.recipientId, tx))[type];
    if (!member || mail !== "INSTANT") {
      await tx.notification.update({
        where: { id: notificationId },
        data: { pendingMail: member && mail === "DIGEST" ? "DIGEST" : null },
        select: { id: true },
      });
      return;
    }
    const [group] = (await loadGroups({ id: notificationId }, member.username, tx)).values();
    await tx.notification.update({ where: { id: notificationId }, data: { pendingMail: null }, select: { id: true } });
    if (!group) return;
    await queueMail(tx, {
      to: member.email,
      userId: row.recipientId,
      eventKey: `notification:${notificationId}`,
      message: notificationMail({
        sentence: group.sentence,
        openUrl: siteUrl(`/notifications/${notificationId}`),
        typeLabel: TYPE_LABELS[type],
        unsubscribeUrl: unsubscribeUrl(row.recipientId, type),
      }),
    });
  });
}

export const notificationMailHandler = handleJob(notificationMailJob, ({ notificationId }) => sendNotificationMail(notificationId));

/**
 * One member's digest: every notification waiting for it, of the types
 * they still read in the digest, grouped as the site shows them, in one mail
 * a day (the outbox's event key). Waiting rows of types no longer sent in
 * the digest are let go. Answers whether a mail was queued.
 */
export async function sendDigest(userId: string, now = new Date()): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const waiting = { recipientId: userId, pendingMail: "DIGEST", createdAt: { lte: now } };
    const member = await mailableMember(tx, userId);
    const choices = await notificationChoices(userId, tx);
    const digestTypes = Object.entries(choices).flatMap(([type, choice]) => (choice.mail === "DIGEST" ? [type] : []));
    if (!member) {
      await tx.notification.updateMany({ where: waiting, data: { pendingMail: null } });
      return false;
    }
    await tx.notification.updateMany({ where: { ...waiting, type: { notIn: digestTypes } }, data: { pendingMail: null } });
    const groups = [...(await loadGroups(waiting, member.username, tx)).values()];
    if (groups.length === 0) return false;
    const queued = await queueMail(tx, {
      to: member.email,
      userId,
      eventKey: `digest:${userId}:${dayOf(now)}`,
      message: digestMail({ sentences: groups.map((group) => group.sentence), unsubscribeUrl: unsubscribeUrl(userId, "DIGEST") }),
    });
    // Today's digest went already: these wait for tomorrow's.
    if (queued) await tx.notification.updateMany({ where: waiting, data: { pendingMail: null } });
    return queued;
  });
}

const DIGEST_MEMBERS_PER_READ = 200;

/** Every member's digest that is due now; safe on every instance at once (one mail per member per day). Answers how many were queued. */
export async function sendDueDigests(now = new Date()): Promise<number> {
  let queued = 0;
  let after = "";
  for (;;) {
    const members = await db.$queryRaw<{ recipientId: string }[]>`
      SELECT DISTINCT "recipientId" FROM "Notification" WHERE "pendingMail" = 'DIGEST' AND "recipientId" > ${after}
      ORDER BY "recipientId" LIMIT ${DIGEST_MEMBERS_PER_READ}`;
    for (const { recipientId } of members) {
      try {
        if (await sendDigest(recipientId, now)) queued += 1;
      } catch (error) {
        console.error(`[notifications] the digest of member ${recipientId} was not queued`, error);
      }
    }
    if (members.length < DIGEST_MEMBERS_PER_READ) return queued;
    after = members[members.length - 1].recipientId;
  }
}

/** Whether this moment falls in the hour the digests go out. */
export const isDigestHour = (now: Date) => now.getUTCHours() === env.NOTIFICATION_DIGEST_HOUR_UTC;
