import "server-only";
import { requireAdmin } from "@/lib/moderation/guard";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * The moderators' lists of comments, chat messages and rooms: recent first,
 * a bounded page at a time, comments and messages searchable by their text
 * and their author's name. Every function checks for an admin itself.
 */

export const ADMIN_PAGE_SIZE = 25;
export type ContentQuery = { q: string; page: number };
export type AdminPage<Row> = { rows: Row[]; page: number; pageCount: number; total: number };
export type AdminAuthor = { id: string; username: string; name: string };

export type AdminCommentRow = { id: string; body: string; createdAt: Date; author: AdminAuthor; artwork: { id: string; title: string } };
export type AdminMessageRow = {
  id: number;
  body: string;
  createdAt: Date;
  author: AdminAuthor;
  room: { id: string; slug: string; name: string };
};
export type AdminRoomRow = {
  id: string;
  slug: string;
  name: string;
  messageCount: number;
  lastActivityAt: Date;
  lockedAt: Date | null;
  createdBy: AdminAuthor | null;
};

/**
 * A LIKE pattern matching the text anywhere, with LIKE's own wildcards in it
 * taken literally: "100%" finds "100%", not "1000". ("!" is the escape
 * character, declared by ESCAPE '!' next to each LIKE.)
 */
export function containsPattern(text: string): string {
  return `%${text.replace(/[!%_]/g, (character) => `!${character}`)}%`;
}

const authorSelect = { id: true, username: true, displayName: true } as const;

function toAdminAuthor(user: { id: string; username: string; displayName: string | null }): AdminAuthor {
  return { id: user.id, username: user.username, name: user.displayName || user.username };
}

function pageCountOf(total: number): number {
  return Math.max(1, Math.ceil(total / ADMIN_PAGE_SIZE));
}

type IdSearch = { table: string; search: string; orderBy: string };

/**
 * One page of ids from a table, newest first, optionally only rows whose
 * text or author's name contains the search. Prisma's `contains` would pass
 * % and _ through as wildcards, so the search is plain SQL with ESCAPE;
 * identifiers come from the constants below, never from the request.
 */
async function searchIds<Id>(
  { table, search, orderBy }: IdSearch,
  requestedPage: number,
): Promise<{ ids: Id[]; page: number; pageCount: number; total: number }> {
  const from = Prisma.raw(`"${table}" AS t`);
  const pattern = containsPattern(search);
  const [join, where] = search
    ? [
        Prisma.sql`JOIN "User" AS u ON u."id" = t."authorId"`,
        Prisma.sql`WHERE t."body" LIKE ${pattern} ESCAPE '!' OR u."username" LIKE ${pattern} ESCAPE '!' OR u."displayName" LIKE ${pattern} ESCAPE '!'`,
      ]
    : [Prisma.empty, Prisma.empty];
  const [{ total }] = await db.$queryRaw<{ total: bigint | number }[]>`SELECT COUNT(*) AS total FROM ${from} ${join} ${where}`;
  const pageCount = pageCountOf(Number(total));
  const page = Math.min(requestedPage, pageCount);
  const rows = await db.$queryRaw<
    { id: Id }[]
  >`SELECT t."id" AS id FROM ${from} ${join} ${where} ORDER BY ${Prisma.raw(orderBy)} LIMIT ${ADMIN_PAGE_SIZE} OFFSET ${(page - 1) * ADMIN_PAGE_SIZE}`;
  return { ids: rows.map((row) => row.id), page, pageCount, total: Number(total) };
}

/** Rows fetched by id come back in any order; this puts them in the order of the ids. */
function inOrder<Row extends { id: Id }, Id>(ids: Id[], rows: Row[]): Row[] {
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

const COMMENTS: IdSearch = { table: "Comment", search: "", orderBy: `t."createdAt" DESC, t."id" DESC` };
const MESSAGES: IdSearch = { table: "ChatMessage", search: "", orderBy: `t."id" DESC` };

export async function listCommentsForAdmin({ q, page }: ContentQuery): Promise<AdminPage<AdminCommentRow>> {
  await requireAdmin();
  const { ids, ...paging } = await searchIds<string>({ ...COMMENTS, search: q }, page);
  const rows = await db.comment.findMany({
    where: { id: { in: ids } },
    select: { id: true, body: true, createdAt: true, author: { select: authorSelect }, artwork: { select: { id: true, title: true } } },
  });
  return { ...paging, rows: inOrder(ids, rows).map((row) => ({ ...row, author: toAdminAuthor(row.author) })) };
}

export async function listMessagesForAdmin({ q, page }: ContentQuery): Promise<AdminPage<AdminMessageRow>> {
  await requireAdmin();
  const { ids: rawIds, ...paging } = await searchIds<number | bigint>({ ...MESSAGES, search: q }, page);
  // Raw integers may come back as bigint; Prisma's own queries want numbers.
  const ids = rawIds.map(Number);
  const rows = await db.chatMessage.findMany({
    where: { id: { in: ids } },
    select: {
      id: true,
      body: true,
      createdAt: true,
      author: { select: authorSelect },
      room: { select: { id: true, slug: true, name: true } },
    },
  });
  return { ...paging, rows: inOrder(ids, rows).map((row) => ({ ...row, author: toAdminAuthor(row.author) })) };
}

/** Every room, the latest active first, with its message count (counted in the same query). */
export async function listRoomsForAdmin({ page: requestedPage }: Pick<ContentQuery, "page">): Promise<AdminPage<AdminRoomRow>> {
  await requireAdmin();
  const total = await db.chatRoom.count();
  const pageCount = pageCountOf(total);
  const page = Math.min(requestedPage, pageCount);
  const rows = await db.chatRoom.findMany({
    orderBy: [{ lastActivityAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * ADMIN_PAGE_SIZE,
    take: ADMIN_PAGE_SIZE,
    select: {
      id: true,
      slug: true,
      name: true,
      lastActivityAt: true,
      lockedAt: true,
      createdBy: { select: authorSelect },
      _count: { select: { messages: true } },
    },
  });
  return {
    rows: rows.map(({ _count, createdBy, ...room }) => ({
      ...room,
      messageCount: _count.messages,
      createdBy: createdBy && toAdminAuthor(createdBy),
    })),
    page,
    pageCount,
    total,
  };
}
