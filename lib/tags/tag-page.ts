import "server-only";
import { artworkCards, type ArtworkCardData } from "@/lib/art/cards";
import { GALLERY_PAGE_SIZE, periodStart } from "@/lib/art/queries";
import { db } from "@/lib/db";
import { indexedBy } from "@/lib/database/dialect";
import { artworkConditionsForViewer } from "@/lib/discovery/viewer-filter";
import { Prisma } from "@/lib/generated/prisma/client";
import { loadPageCountingAhead, mapPage, PAGES_COUNTED_AHEAD, type Page } from "@/lib/paging/page";
import type { GalleryOrder, Sort } from "@/lib/art/gallery-order";

/**
 * The copied sort column behind each order and the ArtworkTag index that
 * serves it (prisma/schema.prisma): a tag page walks one index, as the
 * gallery walks Artwork's.
 */
const TAG_ORDER_INDEXES: Record<Sort, { column: string; index: string }> = {
  new: { column: "createdAt", index: "ArtworkTag_tagId_createdAt_artworkId_hiddenAt_idx" },
  top: { column: "topScore", index: "ArtworkTag_tagId_topScore_artworkId_createdAt_hiddenAt_idx" },
  most: { column: "ratingCount", index: "ArtworkTag_tagId_ratingCount_artworkId_createdAt_hiddenAt_idx" },
  hot: { column: "hotScore", index: "ArtworkTag_tagId_hotScore_artworkId_hiddenAt_idx" },
  faves: { column: "favouriteCount", index: "ArtworkTag_tagId_favouriteCount_artworkId_createdAt_hiddenAt_idx" },
};

export type TagPageQuery = { tagId: number; sort: Sort; since?: Date; viewerId?: string };

/**
 * What the tag's list holds for this viewer: visible artwork, in the
 * period, without what the viewer muted or blocked, all decided from the
 * ArtworkTag row (the viewer rule needs no author: lib/discovery).
 */
function tagListConditions({ tagId, since, viewerId }: TagPageQuery): Prisma.Sql {
  const conditions = [
    Prisma.sql`"ArtworkTag"."tagId" = ${tagId}`,
    Prisma.sql`"ArtworkTag"."hiddenAt" IS NULL`,
    ...(since ? [Prisma.sql`"ArtworkTag"."createdAt" >= ${since}`] : []),
    ...artworkConditionsForViewer(viewerId, { artworkId: Prisma.sql`"ArtworkTag"."artworkId"` }),
  ];
  return Prisma.join(conditions, " AND ");
}

/** The statement of one page of a tag's artwork ids; exported so tests can read its plan. */
export function tagPageQuerySql(query: TagPageQuery & { offset: number; limit: number }): Prisma.Sql {
  const { column, index } = TAG_ORDER_INDEXES[query.sort];
  // Identifiers come from the constant table above, never from the request.
  const orderColumn = Prisma.raw(`"ArtworkTag"."${column}"`);
  return Prisma.sql`SELECT "ArtworkTag"."artworkId" AS "id" FROM "ArtworkTag" ${indexedBy(index)}
    WHERE ${tagListConditions(query)}
    ORDER BY ${orderColumn} DESC, "ArtworkTag"."artworkId" DESC LIMIT ${query.limit} OFFSET ${query.offset}`;
}

/** The statement counting a tag's list, reading no more than `limit` rows; exported so tests can read its plan. */
export function tagCountQuerySql(query: TagPageQuery, limit: number): Prisma.Sql {
  const index = indexedBy(TAG_ORDER_INDEXES.new.index);
  // Newest first, so PostgreSQL too walks the tag's index rather than reading the table until it has counted enough.
  return Prisma.sql`SELECT COUNT(*) AS "count" FROM (SELECT 1 FROM "ArtworkTag" ${index} WHERE ${tagListConditions(query)}
    ORDER BY "ArtworkTag"."createdAt" DESC, "ArtworkTag"."artworkId" DESC LIMIT ${limit}) AS "counted"`;
}

type TagListOptions = { tagId: number; page: number; order: GalleryOrder; viewerId?: string; now?: Date };

/** One page of a tag's artwork in the chosen order and period, paged like the gallery. */
export async function listTagArtworks({ tagId, page, order, viewerId, now = new Date() }: TagListOptions): Promise<Page<ArtworkCardData>> {
  const query: TagPageQuery = { tagId, sort: order.sort, since: periodStart(order.period, now), viewerId };
  const idPage = await loadPageCountingAhead(
    page,
    GALLERY_PAGE_SIZE,
    // A popular tag holds tens of thousands of artworks, each checked for the viewer: counting
    // every one cost 300-400 ms a page (#light, 30,000 artworks).
    PAGES_COUNTED_AHEAD,
    async (limit) => Number((await db.$queryRaw<{ count: bigint | number }[]>(tagCountQuerySql(query, limit)))[0].count),
    async ({ skip, take }) =>
      (await db.$queryRaw<{ id: string }[]>(tagPageQuerySql({ ...query, offset: skip, limit: take }))).map((row) => row.id),
  );
  return mapPage(idPage, await artworkCards(idPage.items));
}
