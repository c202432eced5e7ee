import "server-only";
import { requireAdmin } from "@/lib/moderation/guard";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { containsText } from "@/lib/database/text-search";
import type { ContentQuery } from "@/lib/moderation/content/schemas";
import { inOrder, loadIdPage, type IdQuery } from "@/lib/paging/id-page";
import { loadPage, mapPage, type Page } from "@/lib/paging/page";

/**
 * The moderators' lists of comments, chat messages and rooms: recent first,
 * a bounded page at a time, comments and messages searchable by their text
 * and their author's name. Every function checks for an admin itself.
 */

export const ADMIN_PAGE_SIZE = 25;
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

const authorSelect = { id: true, username: true, displayName: true } as const;

function toAdminAuthor(user: { id: string; username: string; displayName: string | null }): AdminAuthor {
  return { id: user.id, username: user.username, name: user.displayName || user.username };
}

function withAdminAuthors<Row extends { author: { id: string; username: string; displayName: string | null } }>(rows: Row[]) {
  return rows.map((row) => ({ ...row, author: toAdminAuthor(row.author) }));
}

/** The ids of one page of comments or messages, newest first, optionally only those whose text or author's name contains q. */
function contentIds<Id>(table: "Comment" | "ChatMessage", orderBy: Prisma.Sql, { q, page }: ContentQuery): Promise<Page<Id>> {
  const from = Prisma.raw(`"${table}" AS t`);
  const query: IdQuery = q
    ? {
        from: Prisma.sql`${from} JOIN "User" AS u ON u."id" = t."authorId"`,
        where: [containsText([Prisma.sql`t."body"`, Prisma.sql`u."username"`, Prisma.sql`u."displayName"`], q)],
        orderBy,
      }
    : { from, where: [], orderBy };
  return loadIdPage<Id>(query, page, ADMIN_PAGE_SIZE);
}

export async function listCommentsForAdmin(query: ContentQuery): Promise<Page<AdminCommentRow>> {
  await requireAdmin();
  const ids = await contentIds<string>("Comment", Prisma.sql`t."createdAt" DESC, t."id" DESC`, query);
  const rows = await db.comment.findMany({
    where: { id: { in: ids.items } },
    select: { id: true, body: true, createdAt: true, author: { select: authorSelect }, artwork: { select: { id: true, title: true } } },
  });
  return mapPage(ids, withAdminAuthors(inOrder(ids.items, rows)));
}

export async function listMessagesForAdmin(query: ContentQuery): Promise<Page<AdminMessageRow>> {
  await requireAdmin();
  const rawIds = await contentIds<number | bigint>("ChatMessage", Prisma.sql`t."id" DESC`, query);
  // Raw integers may come back as bigint; Prisma's own queries want numbers.
  const ids = rawIds.items.map(Number);
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
  return mapPage(rawIds, withAdminAuthors(inOrder(ids, rows)));
}

/** Every room, the latest active first, with its message count (counted in the same query). */
export async function listRoomsForAdmin({ page }: { page: number }): Promise<Page<AdminRoomRow>> {
  await requireAdmin();
  return loadPage(
    page,
    ADMIN_PAGE_SIZE,
    () => db.chatRoom.count(),
    async (window) => {
      const rows = await db.chatRoom.findMany({
        orderBy: [{ lastActivityAt: "desc" }, { id: "desc" }],
        ...window,
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
      return rows.map(({ _count, createdBy, ...room }) => ({
        ...room,
        messageCount: _count.messages,
        createdBy: createdBy && toAdminAuthor(createdBy),
      }));
    },
  );
}
