import "server-only";
import { requireAdmin } from "@/lib/moderation/guard";
import { artworkThumbnailSelect, toArtworkThumbnail, type ArtworkThumbnail } from "@/lib/art/thumbnails";
import { db } from "@/lib/db";
import { containsText } from "@/lib/database/text-search";
import { Prisma } from "@/lib/generated/prisma/client";
import { inOrder, loadIdPage, type IdQuery } from "@/lib/paging/id-page";
import { mapPage, type Page } from "@/lib/paging/page";
import type { AdminArtworkQuery, ArtworkFilter } from "@/lib/moderation/artwork/schemas";

/** A list to act on, row by row: longer than a gallery page. */
export const ADMIN_ARTWORK_PAGE_SIZE = 20;

export type AdminArtworkRow = ArtworkThumbnail & {
  createdAt: Date;
  authorId: string;
  hidden: { at: Date; reason: string } | null;
};

const rowSelect = {
  ...artworkThumbnailSelect,
  createdAt: true,
  authorId: true,
  hiddenAt: true,
  hiddenReason: true,
} satisfies Prisma.ArtworkSelect;

const FILTERS: Record<ArtworkFilter, Prisma.Sql[]> = {
  all: [],
  hidden: [Prisma.sql`t."hiddenAt" IS NOT NULL`],
  visible: [Prisma.sql`t."hiddenAt" IS NULL`],
};

const NEWEST_FIRST = Prisma.sql`t."createdAt" DESC, t."id" DESC`;

/**
 * The ids of one page, newest first (the (createdAt, id, hiddenAt) gallery
 * index serves the order and the hidden/visible filter), optionally only
 * those whose title or artist (username or display name) contains q.
 */
function artworkIds({ q, show, page }: AdminArtworkQuery): Promise<Page<string>> {
  const query: IdQuery = q
    ? {
        from: Prisma.sql`"Artwork" AS t JOIN "User" AS u ON u."id" = t."authorId"`,
        where: [...FILTERS[show], containsText([Prisma.sql`t."title"`, Prisma.sql`u."username"`, Prisma.sql`u."displayName"`], q)],
        orderBy: NEWEST_FIRST,
      }
    : { from: Prisma.sql`"Artwork" AS t`, where: FILTERS[show], orderBy: NEWEST_FIRST };
  return loadIdPage<string>(query, page, ADMIN_ARTWORK_PAGE_SIZE);
}

/** Every artwork, hidden or not, newest first, for moderators; anyone else gets the 404 page. */
export async function listArtworkForAdmin(query: AdminArtworkQuery): Promise<Page<AdminArtworkRow>> {
  await requireAdmin();
  const ids = await artworkIds(query);
  const rows = await db.artwork.findMany({ where: { id: { in: ids.items } }, select: rowSelect });
  const items = inOrder(ids.items, rows).map((row) => ({
    ...toArtworkThumbnail(row),
    createdAt: row.createdAt,
    authorId: row.authorId,
    hidden: row.hiddenAt ? { at: row.hiddenAt, reason: row.hiddenReason ?? "" } : null,
  }));
  return mapPage(ids, items);
}
