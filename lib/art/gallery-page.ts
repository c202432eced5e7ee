import "server-only";
import { db } from "@/lib/db";
import { indexedBy } from "@/lib/database/dialect";
import { artworkConditionsForViewer } from "@/lib/discovery/viewer-filter";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Sort } from "@/lib/art/gallery-order";

/**
 * The stored column behind each order and the index that serves it, for the
 * whole gallery and for one artist (see the indexes in prisma/schema.prisma).
 */
const ORDER_INDEXES: Record<Sort, { column: string; gallery: string; artist: string }> = {
  new: { column: "createdAt", gallery: "Artwork_createdAt_id_hiddenAt_idx", artist: "Artwork_authorId_createdAt_id_hiddenAt_idx" },
  top: {
    column: "topScore",
    gallery: "Artwork_topScore_id_createdAt_hiddenAt_idx",
    artist: "Artwork_authorId_topScore_id_createdAt_hiddenAt_idx",
  },
  most: {
    column: "ratingCount",
    gallery: "Artwork_ratingCount_id_createdAt_hiddenAt_idx",
    artist: "Artwork_authorId_ratingCount_id_createdAt_hiddenAt_idx",
  },
  hot: { column: "hotScore", gallery: "Artwork_hotScore_id_hiddenAt_idx", artist: "Artwork_authorId_hotScore_id_hiddenAt_idx" },
  faves: {
    column: "favouriteCount",
    gallery: "Artwork_favouriteCount_id_createdAt_hiddenAt_idx",
    artist: "Artwork_authorId_favouriteCount_id_createdAt_hiddenAt_idx",
  },
};

/**
 * includeHidden: the owner's own gallery, where what moderators hid still shows (with the reason).
 * viewerId: the member looking, whose muted tags and blocks leave artwork out (lib/discovery/viewer-filter.ts).
 */
export type GalleryQuery = {
  sort: Sort;
  authorId?: string;
  since?: Date;
  includeHidden?: boolean;
  viewerId?: string;
};

export type PageQuery = GalleryQuery & { offset: number; limit: number };

/**
 * The ids of one gallery page, in order (the score, then the id: a total
 * order). The order's index is forced on SQLite (lib/database/dialect.ts):
 * for a period, its planner would otherwise read a whole week through the
 * createdAt index and sort it (40 ms on 100,000 artworks) where walking the
 * score index and checking createdAt inside it takes under 1 ms.
 */
export async function pageArtworkIds(query: PageQuery): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>(pageQuerySql(query));
  return rows.map((row) => row.id);
}

/** What a gallery lists, as SQL conditions on Artwork. */
function galleryConditions({ authorId, since, includeHidden = false, viewerId }: GalleryQuery): Prisma.Sql {
  const conditions = [
    ...(authorId ? [Prisma.sql`"authorId" = ${authorId}`] : []),
    ...(since ? [Prisma.sql`"createdAt" >= ${since}`] : []),
    ...(includeHidden ? [] : [Prisma.sql`"hiddenAt" IS NULL`]),
    // Probes per row read: the walk keeps its index and order, and stops after the page as before.
    ...artworkConditionsForViewer(viewerId, { artworkId: Prisma.sql`"Artwork"."id"`, authorId: Prisma.sql`"Artwork"."authorId"` }),
  ];
  return conditions.length > 0 ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
}

/** The statement pageArtworkIds runs; exported so tests can read its plan. */
export function pageQuerySql(query: PageQuery): Prisma.Sql {
  const { column, gallery, artist } = ORDER_INDEXES[query.sort];
  // Identifiers come from the constant table above, never from the request.
  const index = indexedBy(query.authorId ? artist : gallery);
  const orderColumn = Prisma.raw(`"${column}"`);
  return Prisma.sql`SELECT "id" FROM "Artwork" ${index} ${galleryConditions(query)} ORDER BY ${orderColumn} DESC, "id" DESC LIMIT ${query.limit} OFFSET ${query.offset}`;
}

/**
 * The statement counting a gallery, reading at most `limit` rows. It walks
 * the newest-first index whatever the order: a period is then a range of
 * it, where a score index would be read to its end to find a short week.
 * Exported so tests can read its plan.
 */
export function galleryCountQuerySql(query: GalleryQuery, limit: number): Prisma.Sql {
  const { gallery, artist } = ORDER_INDEXES.new;
  const index = indexedBy(query.authorId ? artist : gallery);
  return Prisma.sql`SELECT COUNT(*) AS "count" FROM (SELECT 1 FROM "Artwork" ${index} ${galleryConditions(query)}
    ORDER BY "createdAt" DESC, "id" DESC LIMIT ${limit}) AS "counted"`;
}

/** How many of a gallery's artworks there are, up to `limit`. */
export async function countGalleryUpTo(query: GalleryQuery, limit: number): Promise<number> {
  return Number((await db.$queryRaw<{ count: bigint | number }[]>(galleryCountQuerySql(query, limit)))[0].count);
}
