import "server-only";
import { forDialect } from "@/lib/database/dialect";
import { Prisma } from "@/lib/generated/prisma/client";
import { enqueueJob } from "@/lib/jobs/queue";
import { notificationKeys, type NotificationSubject } from "@/lib/notifications/keys";
import { mailDueAt, notificationMailJob } from "@/lib/notifications/mail-job";
import { ALWAYS_IN_SITE, DEFAULT_CHOICES } from "@/lib/notifications/types";

export type NotificationEvent = NotificationSubject & {
  /** Words kept from the cause: a title, a comment's opening. */
  excerpt?: string;
  reason?: string;
  now?: Date;
};

export type WrittenNotification = { id: number | bigint; recipientId: string; pendingMail: string | null; inSite: boolean | number };

const EXCERPT_LENGTH = 140;

export const excerptOf = (text: string) => (text.length > EXCERPT_LENGTH ? `${text.slice(0, EXCERPT_LENGTH - 1)}…` : text);

const sqlBoolean = (value: boolean) => Prisma.raw(value ? "TRUE" : "FALSE");

/**
 * One statement for one recipient or 5,000 followers: a notification of
 * `event` for each member `recipients` selects (a column "recipientId"),
 * each with their own choice for the type read in the same statement.
 * Left out: the member who acted, anyone either of them blocked, and
 * members who turned the type off in the site and by mail. A cause already
 * told (the unique cause key) adds nothing. The "at once" mails' jobs are
 * enqueued in the same transaction. Answers the rows written.
 */
export async function insertNotifications(
  tx: Prisma.TransactionClient,
  recipients: Prisma.Sql,
  event: NotificationEvent,
): Promise<WrittenNotification[]> {
  const { type, actorId = null, now = new Date() } = event;
  const { groupKey, causeKey } = notificationKeys(event, now);
  const defaults = DEFAULT_CHOICES[type];
  const timestamp = forDialect({ sqlite: Prisma.sql`${now}`, postgresql: Prisma.sql`CAST(${now} AS TIMESTAMP(3))` });
  const inSite = ALWAYS_IN_SITE.has(type) ? sqlBoolean(true) : Prisma.sql`COALESCE(p."inSite", ${sqlBoolean(defaults.inSite)})`;
  const mail = Prisma.sql`COALESCE(p."mail", ${defaults.mail})`;
  const notBlocked = actorId
    ? Prisma.sql`AND r."recipientId" <> ${actorId} AND NOT EXISTS (SELECT 1 FROM "Block" b
        WHERE (b."blockerId" = r."recipientId" AND b."blockedId" = ${actorId}) OR (b."blockerId" = ${actorId} AND b."blockedId" = r."recipientId"))`
    : Prisma.empty;
  const rows = await tx.$queryRaw<WrittenNotification[]>`
    INSERT INTO "Notification" ("recipientId", "actorId", "type", "groupKey", "causeKey", "artworkId", "commentId", "reportId",
      "excerpt", "reason", "inSite", "createdAt", "readAt", "pendingMail")
    SELECT r."recipientId", ${actorId}, ${type}, ${groupKey}, ${causeKey}, ${event.artworkId ?? null}, ${event.commentId ?? null},
      ${event.reportId ?? null}, ${excerptOf(event.excerpt ?? "")}, ${event.reason ?? ""}, ${inSite}, ${timestamp},
      CASE WHEN ${inSite} THEN NULL ELSE ${timestamp} END,
      CASE WHEN ${mail} = 'NONE' THEN NULL ELSE ${mail} END
    FROM (${recipients}) AS r
    LEFT JOIN "NotificationPreference" p ON p."userId" = r."recipientId" AND p."type" = ${type}
    WHERE (${inSite} OR ${mail} <> 'NONE') ${notBlocked}
    ON CONFLICT ("recipientId", "causeKey") DO NOTHING
    RETURNING "id", "recipientId", "pendingMail", "inSite"`;
  for (const row of rows) {
    if (row.pendingMail === "INSTANT") await enqueueJob(tx, notificationMailJob, { notificationId: Number(row.id) }, mailDueAt(now));
  }
  return rows;
}
