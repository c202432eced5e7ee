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
export type PageQuery = {
  sort: Sort;
  authorId?: string;
  since?: Date;
  includeHidden?: boolean;
  viewerId?: string;
  offset: number;
  limit: number;
};

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

/** The statement pageArtworkIds runs; exported so tests can read its plan. */
export function pageQuerySql({ sort, authorId, since, includeHidden = false, viewerId, offset, limit }: PageQuery): Prisma.Sql {
  const { column, gallery, artist } = ORDER_INDEXES[sort];
  const conditions = [
    ...(authorId ? [Prisma.sql`"authorId" = ${authorId}`] : []),
    ...(since ? [Prisma.sql`"createdAt" >= ${since}`] : []),
    ...(includeHidden ? [] : [Prisma.sql`"hiddenAt" IS NULL`]),
    // Probes per row read: the walk keeps its index and order, and stops after the page as before.
    ...artworkConditionsForViewer(viewerId, { artworkId: Prisma.sql`"Artwork"."id"`, authorId: Prisma.sql`"Artwork"."authorId"` }),
  ];
  const where = conditions.length > 0 ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
  // Identifiers come from the constant table above, never from the request.
  const index = indexedBy(authorId ? artist : gallery);
  const orderColumn = Prisma.raw(`"${column}"`);
  return Prisma.sql`SELECT "id" FROM "Artwork" ${index} ${where} ORDER BY ${orderColumn} DESC, "id" DESC LIMIT ${limit} OFFSET ${offset}`;
}
