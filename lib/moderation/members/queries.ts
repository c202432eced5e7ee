import "server-only";
import { requireAdmin } from "@/lib/moderation/guard";
import { isBanActive } from "@/lib/auth/ban";
import { db } from "@/lib/db";
import { Prisma, type Role } from "@/lib/generated/prisma/client";
import { memberIdSchema } from "@/lib/moderation/schemas";
import type { MemberQuery } from "@/lib/moderation/members/schemas";
import { containsText } from "@/lib/database/text-search";
import { inOrder, loadIdPage } from "@/lib/paging/id-page";
import { mapPage, type Page } from "@/lib/paging/page";

export const MEMBERS_PER_PAGE = 25;
/** How many of a member's artworks, comments, messages and history entries their page lists. */
export const RECENT_LIMIT = 20;
export const HISTORY_LIMIT = 50;

/** A ban in force, with its end (null: permanent); null when the member may log in. */
export type BanInForce = { until: Date | null; reason: string } | null;

function banInForce(user: { bannedAt: Date | null; bannedUntil: Date | null; banReason: string | null }, now: Date): BanInForce {
  return isBanActive(user, now) ? { until: user.bannedUntil, reason: user.banReason ?? "" } : null;
}

export type MemberRow = {
  id: string;
  username: string;
  displayName: string | null;
  role: Role;
  ban: BanInForce;
  joinedAt: Date;
  artworkCount: number;
  commentCount: number;
};

/**
 * The filters as SQL, searching the username and display name. "Banned"
 * means a ban in force now: one whose end has passed no longer counts.
 */
function memberConditions(query: MemberQuery, now: Date): Prisma.Sql[] {
  const conditions: Prisma.Sql[] = [];
  if (query.q) conditions.push(containsText([Prisma.sql`t."username"`, Prisma.sql`t."displayName"`], query.q));
  if (query.role !== "any") conditions.push(Prisma.sql`t."role" = ${query.role === "admin" ? "ADMIN" : "USER"}`);
  if (query.status === "banned")
    conditions.push(Prisma.sql`(t."bannedAt" IS NOT NULL AND (t."bannedUntil" IS NULL OR t."bannedUntil" > ${now}))`);
  if (query.status === "active") conditions.push(Prisma.sql`(t."bannedAt" IS NULL OR t."bannedUntil" <= ${now})`);
  return conditions;
}

const rowSelect = {
  id: true,
  username: true,
  displayName: true,
  role: true,
  bannedAt: true,
  bannedUntil: true,
  banReason: true,
  createdAt: true,
  _count: { select: { artworks: true, comments: true } },
} as const;

/**
 * The members list for /admin/members, newest first: the page's ids in SQL,
 * then those rows with their counts in one more query (correlated
 * subqueries), never one query per member.
 */
export async function listMembers(query: MemberQuery, now = new Date()): Promise<Page<MemberRow>> {
  await requireAdmin();
  const ids = await loadIdPage<string>(
    { from: Prisma.sql`"User" AS t`, where: memberConditions(query, now), orderBy: Prisma.sql`t."createdAt" DESC, t."id" DESC` },
    query.page,
    MEMBERS_PER_PAGE,
  );
  const rows = await db.user.findMany({ where: { id: { in: ids.items } }, select: rowSelect });
  return mapPage(
    ids,
    inOrder(ids.items, rows).map((row) => ({
      id: row.id,
      username: row.username,
      displayName: row.displayName,
      role: row.role,
      ban: banInForce(row, now),
      joinedAt: row.createdAt,
      artworkCount: row._count.artworks,
      commentCount: row._count.comments,
    })),
  );
}

const recent = { orderBy: { createdAt: "desc" }, take: RECENT_LIMIT } as const;

async function findMemberDetail(id: string) {
  return db.user.findUnique({
    where: { id },
    select: {
      id: true,
      username: true,
      displayName: true,
      role: true,
      createdAt: true,
      bannedAt: true,
      bannedUntil: true,
      banReason: true,
      _count: { select: { artworks: true, comments: true, chatMessages: true } },
      artworks: { ...recent, select: { id: true, title: true, hiddenAt: true, hiddenReason: true, createdAt: true } },
      comments: { ...recent, select: { id: true, body: true, createdAt: true, artwork: { select: { id: true, title: true } } } },
      chatMessages: { ...recent, select: { id: true, body: true, createdAt: true, room: { select: { slug: true, name: true } } } },
    },
  });
}

export type MemberDetail = Omit<NonNullable<Awaited<ReturnType<typeof findMemberDetail>>>, "bannedAt" | "bannedUntil" | "banReason"> & {
  ban: BanInForce;
  history: Awaited<ReturnType<typeof moderationHistory>>;
};

/** Every audit entry about the member or about anything of theirs, newest first. */
function moderationHistory(memberId: string) {
  return db.auditEntry.findMany({
    where: { OR: [{ targetType: "MEMBER", targetId: memberId }, { targetOwnerId: memberId }] },
    orderBy: { id: "desc" },
    take: HISTORY_LIMIT,
    select: { id: true, adminName: true, action: true, targetType: true, targetLabel: true, reason: true, detail: true, createdAt: true },
  });
}

/** One member for /admin/members/[id]; null for an id that is malformed or names nobody (the page 404s). */
export async function getMemberDetail(rawId: string, now = new Date()): Promise<MemberDetail | null> {
  await requireAdmin();
  const id = memberIdSchema.safeParse(rawId);
  if (!id.success) return null;
  const [member, history] = await Promise.all([findMemberDetail(id.data), moderationHistory(id.data)]);
  if (!member) return null;
  const { bannedAt, bannedUntil, banReason, ...rest } = member;
  return { ...rest, ban: banInForce({ bannedAt, bannedUntil, banReason }, now), history };
}
