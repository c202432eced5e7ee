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
 * ~1.3 ms one by one on SQLite). Past it, each artist's read costs about a
 * millisecond (planning the arm, mostly), so 50 of them took ~56 ms, and
 * the feed walks the gallery instead (see FEED_WALK_ROWS).
 */
export const FEW_FOLLOWED = 10;

/**
 * How far down the gallery's newest-first index the walk looks for the
 * followed artists' work: under 1 ms for a member following 50 or 500
 * artists who post, who fill a page long before. A member following
 * quieter artists finds too little there, and the feed then reads every
 * followed artist's work through the per-artist index and sorts it, rather
 * than walking the rest of the gallery (~200 ms at 100,000 artworks).
 */
export const FEED_WALK_ROWS = 2_000;

/** How a page is read: one artist at a time, a bounded walk of the gallery, or all followed artists' work sorted. */
export type FeedPlan = { artists: string[] } | "walk" | "followed";

export type FeedQuery = { viewerId: string; cursor?: FeedCursor; limit: number; plan: FeedPlan };

const ORDER = Prisma.sql`ORDER BY "createdAt" DESC, "id" DESC`;

/** Older than the cursor in (createdAt, id) order; the first term bounds the index range, the second breaks ties. */
function olderThan(cursor: FeedCursor | undefined): Prisma.Sql[] {
  if (!cursor) return [];
  return [Prisma.sql`"createdAt" <= ${cursor.createdAt}`, Prisma.sql`("createdAt" < ${cursor.createdAt} OR "id" < ${cursor.id})`];
}

/** Visible artwork past the cursor: what an index walk checks inside the index. */
function shownPastCursor(cursor: FeedCursor | undefined): Prisma.Sql[] {
  return [Prisma.sql`"hiddenAt" IS NULL`, ...olderThan(cursor)];
}

/** The viewer's mutes and blocks, for rows of a table (or subquery) named `table` with the artwork's id and authorId. */
function viewerRules(viewerId: string, table: string): Prisma.Sql[] {
  const column = (name: string) => Prisma.raw(`"${table}"."${name}"`);
  return artworkConditionsForViewer(viewerId, { artworkId: column("id"), authorId: column("authorId") });
}

const where = (conditions: Prisma.Sql[]) => Prisma.join(conditions, " AND ");

/** Each artist's newest `limit` through their own index, then the newest `limit` of those. */
function oneArtistAtATime({ viewerId, cursor, limit }: FeedQuery, artists: string[]): Prisma.Sql {
  if (artists.length === 0) return Prisma.sql`SELECT "id", "createdAt" FROM "Artwork" WHERE 1 = 0`;
  const parts = artists.map(
    (authorId, index) =>
      Prisma.sql`SELECT * FROM (SELECT "id", "createdAt" FROM "Artwork" ${indexedBy("Artwork_authorId_createdAt_id_hiddenAt_idx")} WHERE ${where(
        [Prisma.sql`"authorId" = ${authorId}`, ...shownPastCursor(cursor), ...viewerRules(viewerId, "Artwork")],
      )} ${ORDER} LIMIT ${limit}) AS ${Prisma.raw(`"artist${index}"`)}`,
  );
  return Prisma.sql`SELECT "id", "createdAt" FROM (${Prisma.join(parts, " UNION ALL ")}) AS "newest" ${ORDER} LIMIT ${limit}`;
}

/**
 * The newest FEED_WALK_ROWS of the gallery (inside its index), then those by
 * followed artists the viewer may see, stopping at the page. The CASE fixes
 * the order of the checks: the mute and block probes run only on followed
 * artists' rows. PostgreSQL otherwise ran its cheaper-looking mute probe on
 * every row of the walk first, and made the follow check a join.
 */
function walk({ viewerId, cursor, limit }: FeedQuery): Prisma.Sql {
  const followed = Prisma.sql`EXISTS (SELECT 1 FROM "Follow" WHERE "Follow"."followerId" = ${viewerId} AND "Follow"."followeeId" = "recent"."authorId")`;
  const followedAndShown = Prisma.sql`CASE WHEN ${followed} THEN ${where(viewerRules(viewerId, "recent"))} ELSE FALSE END`;
  return Prisma.sql`SELECT "id", "createdAt" FROM (
      SELECT "id", "createdAt", "authorId" FROM "Artwork" ${indexedBy("Artwork_createdAt_id_hiddenAt_idx")}
      WHERE ${where(shownPastCursor(cursor))} ${ORDER} LIMIT ${FEED_WALK_ROWS}
    ) AS "recent" WHERE ${followedAndShown} ${ORDER} LIMIT ${limit}`;
}

/**
 * Every followed artist's visible work past the cursor, through the
 * per-artist index, then sorted. MATERIALIZED keeps PostgreSQL from walking
 * the newest-first index instead, the walk this replaces.
 */
function allFollowedWork({ viewerId, cursor, limit }: FeedQuery): Prisma.Sql {
  const followees = Prisma.sql`"authorId" IN (SELECT "followeeId" FROM "Follow" WHERE "followerId" = ${viewerId})`;
  return Prisma.sql`WITH "followed" AS MATERIALIZED (
      SELECT "id", "createdAt" FROM "Artwork" ${indexedBy("Artwork_authorId_createdAt_id_hiddenAt_idx")}
      WHERE ${where([followees, ...shownPastCursor(cursor), ...viewerRules(viewerId, "Artwork")])}
    ) SELECT "id", "createdAt" FROM "followed" ${ORDER} LIMIT ${limit}`;
}

/** The statement of one feed page (limit rows: ask for one more than shown to learn whether there is an older page). */
export function feedQuerySql(query: FeedQuery): Prisma.Sql {
  const { plan } = query;
  if (plan === "walk") return walk(query);
  if (plan === "followed") return allFollowedWork(query);
  return oneArtistAtATime(query, plan.artists);
}

/** The followed artists when they are few enough to read one by one, else undefined (walk the gallery). */
export async function fewFollowees(viewerId: string): Promise<string[] | undefined> {
  const rows = await db.follow.findMany({ where: { followerId: viewerId }, select: { followeeId: true }, take: FEW_FOLLOWED + 1 });
  return rows.length > FEW_FOLLOWED ? undefined : rows.map((row) => row.followeeId);
}

type FeedRow = { id: string; createdAt: Date | string | number };

const feedRows = (query: FeedQuery) => db.$queryRaw<FeedRow[]>(feedQuerySql(query));

/**
 * The newest `limit` rows: one by one for a few artists; else the walk, and
 * when the walk's window held fewer than asked for, all followed work.
 */
async function newestFollowedRows(viewerId: string, cursor: FeedCursor | undefined, limit: number): Promise<FeedRow[]> {
  const artists = await fewFollowees(viewerId);
  if (artists) return feedRows({ viewerId, cursor, limit, plan: { artists } });
  const walked = await feedRows({ viewerId, cursor, limit, plan: "walk" });
  return walked.length === limit ? walked : feedRows({ viewerId, cursor, limit, plan: "followed" });
}

export type FeedPage = { ids: string[]; next: FeedCursor | null };

/**
 * One page of the viewer's following feed, newest first: its artwork ids and
 * the cursor of the next (older) page, null on the last. Two statements (who
 * is followed, at most FEW_FOLLOWED + 1 rows, then the page), three when the
 * walk comes up short.
 */
export async function feedPage(viewerId: string, cursor: FeedCursor | undefined, limit = FEED_PAGE_SIZE): Promise<FeedPage> {
  const rows = await newestFollowedRows(viewerId, cursor, limit + 1);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    ids: page.map((row) => row.id),
    next: rows.length > limit && last ? { createdAt: new Date(last.createdAt), id: last.id } : null,
  };
}
