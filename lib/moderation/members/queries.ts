import "server-only";
import { requireAdmin } from "@/lib/moderation/guard";
import { isBanActive } from "@/lib/auth/ban";
import { db } from "@/lib/db";
import { Prisma, type Role } from "@/lib/generated/prisma/client";
import { memberIdSchema } from "@/lib/moderation/schemas";
import type { MemberQuery } from "@/lib/moderation/members/schemas";

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

export type MemberList = { items: MemberRow[]; total: number; page: number; pageCount: number };

/**
 * The filters as SQL. Raw, because Prisma's `contains` on SQLite is a LIKE
 * that does not escape "%" and "_" (a search for "a_b" would find "axb",
 * and "%" everyone); instr() matches the text exactly. usernameKey is
 * lower-case already; lower() on the display name folds ASCII only, as
 * SQLite does. A substring search cannot use an index: it reads the User
 * table, which is fine for an admin page on a collective's member count.
 */
function memberConditions(query: MemberQuery, now: Date): Prisma.Sql {
  const conditions: Prisma.Sql[] = [];
  if (query.q) {
    const needle = query.q.toLowerCase();
    conditions.push(Prisma.sql`(instr("usernameKey", ${needle}) > 0 OR instr(lower(coalesce("displayName", '')), ${needle}) > 0)`);
  }
  if (query.role !== "any") conditions.push(Prisma.sql`"role" = ${query.role === "admin" ? "ADMIN" : "USER"}`);
  // "Banned" means a ban in force now: one whose end has passed no longer counts.
  if (query.status === "banned")
    conditions.push(Prisma.sql`("bannedAt" IS NOT NULL AND ("bannedUntil" IS NULL OR "bannedUntil" > ${now}))`);
  if (query.status === "active") conditions.push(Prisma.sql`("bannedAt" IS NULL OR "bannedUntil" <= ${now})`);
  return conditions.length > 0 ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
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
 * The members list for /admin/members, newest first: the page's ids and the
 * total in two statements, then those rows with their counts in one more
 * (correlated subqueries), never one query per member.
 */
export async function listMembers(query: MemberQuery, now = new Date()): Promise<MemberList> {
  await requireAdmin();
  const where = memberConditions(query, now);
  const offset = (query.page - 1) * MEMBERS_PER_PAGE;
  const [counted, page] = await Promise.all([
    db.$queryRaw<{ total: number | bigint }[]>(Prisma.sql`SELECT COUNT(*) AS "total" FROM "User" ${where}`),
    db.$queryRaw<{ id: string }[]>(
      Prisma.sql`SELECT "id" FROM "User" ${where} ORDER BY "createdAt" DESC, "id" DESC LIMIT ${MEMBERS_PER_PAGE} OFFSET ${offset}`,
    ),
  ]);
  const ids = page.map((row) => row.id);
  const rows = await db.user.findMany({ where: { id: { in: ids } }, select: rowSelect });
  const byId = new Map(rows.map((row) => [row.id, row]));
  const total = Number(counted[0]?.total ?? 0);
  return {
    // In the page's order; a member deleted between the statements is left out.
    items: ids.flatMap((id) => {
      const row = byId.get(id);
      if (!row) return [];
      return [
        {
          id: row.id,
          username: row.username,
          displayName: row.displayName,
          role: row.role,
          ban: banInForce(row, now),
          joinedAt: row.createdAt,
          artworkCount: row._count.artworks,
          commentCount: row._count.comments,
        },
      ];
    }),
    total,
    page: query.page,
    pageCount: Math.max(1, Math.ceil(total / MEMBERS_PER_PAGE)),
  };
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
