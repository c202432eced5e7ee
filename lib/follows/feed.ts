import "server-only";
import { db } from "@/lib/db";
import { indexedBy } from "@/lib/database/dialect";
import { artworkConditionsForViewer } from "@/lib/discovery/viewer-filter";
import { Prisma } from "@/lib/generated/prisma/client";
import type { FeedCursor } from "@/lib/follows/schemas";

/** Cards on one page of /following. */
export const FEED_PAGE_SIZE = 12;

/**
 * Up to this many followed artists, the feed reads each one's newest work
 * through the per-artist index (a page from each, merged): a member who
 * follows a few quiet artists would otherwise walk the whole gallery to fill
 * a page (5 artists who shared long ago, 100,000 artworks: ~200 ms walking,
 * ~1.3 ms one by one on SQLite). Past it, walking the gallery's newest-first
 * index and keeping the rows of followed artists is the cheaper plan: each
 * artist's read costs about a millisecond (planning the arm, mostly), so 50
 * of them took ~56 ms where the walk took under 1 ms (500 followed: 0.6 ms).
 */
export const FEW_FOLLOWED = 10;

export type FeedQuery = {
  viewerId: string;
  cursor?: FeedCursor;
  limit: number;
  /** The artists followed, when they are FEW_FOLLOWED or fewer; omitted, the statement walks the gallery index. */
  followees?: string[];
};

const ORDER = Prisma.sql`ORDER BY "createdAt" DESC, "id" DESC`;

/** Older than the cursor in (createdAt, id) order; the first term bounds the index range, the second breaks ties. */
function olderThan(cursor: FeedCursor | undefined): Prisma.Sql[] {
  if (!cursor) return [];
  return [Prisma.sql`"createdAt" <= ${cursor.createdAt}`, Prisma.sql`("createdAt" < ${cursor.createdAt} OR "id" < ${cursor.id})`];
}

function visibleTo(viewerId: string, cursor: FeedCursor | undefined): Prisma.Sql[] {
  return [
    Prisma.sql`"hiddenAt" IS NULL`,
    ...olderThan(cursor),
    ...artworkConditionsForViewer(viewerId, { artworkId: Prisma.sql`"Artwork"."id"`, authorId: Prisma.sql`"Artwork"."authorId"` }),
  ];
}

/** The statement of one feed page (limit rows: ask for one more than shown to learn whether there is an older page). */
export function feedQuerySql({ viewerId, cursor, limit, followees }: FeedQuery): Prisma.Sql {
  if (followees) {
    if (followees.length === 0) return Prisma.sql`SELECT "id", "createdAt" FROM "Artwork" WHERE 1 = 0`;
    // Each artist's newest `limit` through their own index, then the newest `limit` of those.
    const parts = followees.map(
      (authorId, index) =>
        Prisma.sql`SELECT * FROM (SELECT "id", "createdAt" FROM "Artwork" ${indexedBy("Artwork_authorId_createdAt_id_hiddenAt_idx")} WHERE ${Prisma.join(
          [Prisma.sql`"authorId" = ${authorId}`, ...visibleTo(viewerId, cursor)],
          " AND ",
        )} ${ORDER} LIMIT ${limit}) AS ${Prisma.raw(`"artist${index}"`)}`,
    );
    return Prisma.sql`SELECT "id", "createdAt" FROM (${Prisma.join(parts, " UNION ALL ")}) AS "newest" ${ORDER} LIMIT ${limit}`;
  }
  const followed = Prisma.sql`EXISTS (SELECT 1 FROM "Follow" WHERE "Follow"."followerId" = ${viewerId} AND "Follow"."followeeId" = "Artwork"."authorId")`;
  return Prisma.sql`SELECT "id", "createdAt" FROM "Artwork" ${indexedBy("Artwork_createdAt_id_hiddenAt_idx")} WHERE ${Prisma.join(
    [...visibleTo(viewerId, cursor), followed],
    " AND ",
  )} ${ORDER} LIMIT ${limit}`;
}

/** The followed artists when they are few enough to read one by one, else undefined (walk the gallery). */
export async function fewFollowees(viewerId: string): Promise<string[] | undefined> {
  const rows = await db.follow.findMany({ where: { followerId: viewerId }, select: { followeeId: true }, take: FEW_FOLLOWED + 1 });
  return rows.length > FEW_FOLLOWED ? undefined : rows.map((row) => row.followeeId);
}

export type FeedPage = { ids: string[]; next: FeedCursor | null };

/**
 * One page of the viewer's following feed, newest first: its artwork ids and
 * the cursor of the next (older) page, null on the last. Two statements: who
 * is followed (at most FEW_FOLLOWED + 1 rows), then the page.
 */
export async function feedPage(viewerId: string, cursor: FeedCursor | undefined, limit = FEED_PAGE_SIZE): Promise<FeedPage> {
  const followees = await fewFollowees(viewerId);
  const rows = await db.$queryRaw<{ id: string; createdAt: Date | string | number }[]>(
    feedQuerySql({ viewerId, cursor, limit: limit + 1, followees }),
  );
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    ids: page.map((row) => row.id),
    next: rows.length > limit && last ? { createdAt: new Date(last.createdAt), id: last.id } : null,
  };
}
