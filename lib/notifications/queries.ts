import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { outcomeInWords } from "@/lib/moderation/reports/outcome-text";
import { moderationActionOf } from "@/lib/notifications/keys";
import { NOTIFICATION_TYPES, UNREAD_COUNT_CAP, type NotificationType } from "@/lib/notifications/types";
import { describeGroup, type GroupFacts, type GroupWords } from "@/lib/notifications/words";
import type { NotificationCursor } from "@/lib/notifications/schemas";
import { toAuthorSummary, type AuthorSummary } from "@/lib/users/authors";

/** Groups on one page of /notifications. */
export const NOTIFICATIONS_PAGE_SIZE = 20;

/**
 * The bell's number: unread groups, counted up to UNREAD_COUNT_CAP (shown
 * as "99+"), inside the (recipientId, readAt, groupKey) index, so it costs
 * the same for a member with ten notifications or ten thousand.
 */
export async function unreadCount(userId: string): Promise<number> {
  const [{ count }] = await db.$queryRaw<{ count: bigint | number }[]>`
    SELECT COUNT(*) AS "count" FROM (
      SELECT DISTINCT "groupKey" FROM "Notification" WHERE "recipientId" = ${userId} AND "readAt" IS NULL LIMIT ${UNREAD_COUNT_CAP}
    ) AS "unread"`;
  return Number(count);
}

export type NotificationGroup = GroupWords & {
  key: string;
  type: NotificationType;
  /** The newest row: opening the group goes through it. */
  openId: number;
  latestAt: Date;
  unread: boolean;
  /** The newest actor, for the avatar. */
  actor: AuthorSummary | null;
};

const isType = (value: string): value is NotificationType => (NOTIFICATION_TYPES as readonly string[]).includes(value);

const groupRowSelect = {
  id: true,
  type: true,
  groupKey: true,
  causeKey: true,
  createdAt: true,
  readAt: true,
  commentId: true,
  excerpt: true,
  reason: true,
  actor: { select: { username: true, displayName: true, avatarKey: true } },
  artwork: { select: { id: true, title: true } },
  report: { select: { status: true, outcome: true, resolutionNote: true } },
} satisfies Prisma.NotificationSelect;

type GroupRow = Prisma.NotificationGetPayload<{ select: typeof groupRowSelect }>;

function toGroup(rows: GroupRow[], recipientUsername: string): NotificationGroup | null {
  const [newest] = rows;
  if (!newest || !isType(newest.type)) return null;
  const actors = new Map<string, AuthorSummary>();
  for (const row of rows) if (row.actor && !actors.has(row.actor.username)) actors.set(row.actor.username, toAuthorSummary(row.actor));
  const facts: GroupFacts = {
    type: newest.type,
    actors: [...actors.values()],
    count: rows.length,
    artwork: newest.artwork,
    commentId: newest.commentId,
    excerpt: newest.excerpt,
    reason: newest.reason,
    outcome: newest.report ? outcomeInWords(newest.report) : "",
    action: moderationActionOf(newest.causeKey),
    recipientUsername,
  };
  return {
    ...describeGroup(facts),
    key: newest.groupKey,
    type: newest.type,
    openId: newest.id,
    latestAt: newest.createdAt,
    unread: rows.some((row) => row.readAt === null),
    actor: actors.values().next().value ?? null,
  };
}

/** The rows a condition picks, grouped, newest row first in each, in one statement. */
export async function loadGroups(
  where: Prisma.NotificationWhereInput,
  recipientUsername: string,
  client: Pick<Prisma.TransactionClient, "notification"> = db,
): Promise<Map<string, NotificationGroup>> {
  const rows = await client.notification.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: groupRowSelect });
  const byKey = new Map<string, GroupRow[]>();
  for (const row of rows) byKey.set(row.groupKey, [...(byKey.get(row.groupKey) ?? []), row]);
  const groups = new Map<string, NotificationGroup>();
  for (const [key, groupRows] of byKey) {
    const group = toGroup(groupRows, recipientUsername);
    if (group) groups.set(key, group);
  }
  return groups;
}

/** Whole groups by key, as the member's list shows them: what a page and opening one need. */
export function groupsByKey(recipient: { id: string; username: string }, keys: string[]): Promise<Map<string, NotificationGroup>> {
  if (keys.length === 0) return Promise.resolve(new Map());
  return loadGroups({ recipientId: recipient.id, inSite: true, groupKey: { in: keys } }, recipient.username);
}

export type NotificationPage = { groups: NotificationGroup[]; next: NotificationCursor | null };

/**
 * One page of a member's notifications, grouped, newest group first (by
 * its newest row), keyset-paged by (that time, group key): a page is the
 * same however many arrive meanwhile.
 */
export async function notificationPage(
  recipient: { id: string; username: string },
  before?: NotificationCursor,
): Promise<NotificationPage> {
  const latest = Prisma.sql`MAX("createdAt")`;
  const past = before
    ? Prisma.sql`HAVING ${latest} < ${before.latestAt} OR (${latest} = ${before.latestAt} AND "groupKey" < ${before.key})`
    : Prisma.empty;
  const keys = await db.$queryRaw<{ groupKey: string }[]>`
    SELECT "groupKey" FROM "Notification" WHERE "recipientId" = ${recipient.id} AND "inSite" = ${true}
    GROUP BY "groupKey" ${past} ORDER BY ${latest} DESC, "groupKey" DESC LIMIT ${NOTIFICATIONS_PAGE_SIZE + 1}`;
  const shown = keys.slice(0, NOTIFICATIONS_PAGE_SIZE).map((row) => row.groupKey);
  const byKey = await groupsByKey(recipient, shown);
  const groups = shown.flatMap((key) => byKey.get(key) ?? []);
  const last = groups.at(-1);
  return { groups, next: keys.length > NOTIFICATIONS_PAGE_SIZE && last ? { latestAt: last.latestAt, key: last.key } : null };
}
