import "server-only";
import { requireAdmin } from "@/lib/moderation/guard";
import { toImageSet, type ImageSet } from "@/lib/art/image-sets";
import { placeholderDataUrl } from "@/lib/art/placeholder";
import { db } from "@/lib/db";
import { containsText } from "@/lib/database/text-search";
import { Prisma } from "@/lib/generated/prisma/client";
import { inOrder, loadIdPage, type IdQuery } from "@/lib/paging/id-page";
import { mapPage, type Page } from "@/lib/paging/page";
import { authorSelect, toAuthorSummary, type AuthorSummary } from "@/lib/users/authors";
import type { AdminArtworkQuery, ArtworkFilter } from "@/lib/moderation/artwork/schemas";

/** A list to act on, row by row: longer than a gallery page. */
export const ADMIN_ARTWORK_PAGE_SIZE = 20;

export type AdminArtworkRow = {
  id: string;
  title: string;
  createdAt: Date;
  authorId: string;
  author: AuthorSummary;
  thumbnail: ImageSet;
  placeholderUrl: string;
  dominantColor: string;
  hidden: { at: Date; reason: string } | null;
};

const rowSelect = {
  id: true,
  title: true,
  createdAt: true,
  authorId: true,
  placeholder: true,
  dominantColor: true,
  hiddenAt: true,
  hiddenReason: true,
  author: { select: authorSelect },
  variants: { where: { kind: "THUMB" }, select: { format: true, width: true, height: true, key: true } },
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
    id: row.id,
    title: row.title,
    createdAt: row.createdAt,
    authorId: row.authorId,
    author: toAuthorSummary(row.author),
    thumbnail: toImageSet(row.variants),
    placeholderUrl: placeholderDataUrl(row.placeholder),
    dominantColor: row.dominantColor,
    hidden: row.hiddenAt ? { at: row.hiddenAt, reason: row.hiddenReason ?? "" } : null,
  }));
  return mapPage(ids, items);
}
