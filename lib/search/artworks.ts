import "server-only";
import { artworkCards, type ArtworkCardData } from "@/lib/art/cards";
import { forDialect } from "@/lib/database/dialect";
import { db } from "@/lib/db";
import { artworkConditionsForViewer } from "@/lib/discovery/viewer-filter";
import { Prisma } from "@/lib/generated/prisma/client";
import { loadPage, mapPage, type Page } from "@/lib/paging/page";
import { done, refused, type Result } from "@/lib/result";
import { fts5Match, tsQuery } from "@/lib/search/match";
import { SEARCH_PAGES_MAX, searchText, type SearchTerms } from "@/lib/search/schemas";

/** 3 × 4 on desktop. */
export const SEARCH_PAGE_SIZE = 12;
/**
 * The most results counted and offered (20 pages). Relevance has no key to
 * page from, so pages are offsets; a bound keeps a deep page and the count
 * of a very common word from reading every match. A larger total shows as
 * "more than 240".
 */
export const SEARCH_RESULTS_MAX = SEARCH_PAGES_MAX * SEARCH_PAGE_SIZE;

export type ArtworkSearch = { terms: SearchTerms; viewerId?: string; now: Date };

/**
 * What a search never lists: hidden artwork, the art of members banned now
 * (a ban with an end that has passed no longer counts: lib/auth/ban.ts), and
 * for a member what they muted or blocked. `a` is the Artwork, `u` its author.
 */
function visibleTo(viewerId: string | undefined, now: Date): Prisma.Sql[] {
  return [
    Prisma.sql`a."hiddenAt" IS NULL`,
    Prisma.sql`(u."bannedAt" IS NULL OR u."bannedUntil" <= ${now})`,
    ...artworkConditionsForViewer(viewerId, { artworkId: Prisma.sql`a."id"`, authorId: Prisma.sql`a."authorId"` }),
  ];
}

/**
 * The best SEARCH_CANDIDATES matches by relevance alone, from the index
 * only: FTS5's bm25 (its rank, configured in the migration: title 10, tags
 * 5, description 2, artist 1, lower is better) or ts_rank_cd with the same
 * order of weights (A–D, negated so lower is better on both). Only these
 * are then looked up, filtered and ordered: joining every match first was
 * 4 times slower. Twice the results offered, so what is left out (hidden,
 * banned, muted) cannot empty the last page; an exact tie at the cut may
 * fall either way.
 */
export const SEARCH_CANDIDATES = SEARCH_RESULTS_MAX * 2;

/**
 * How many of the newest matches are scored. Scoring is what a common word
 * costs: "light", in 88,000 of 100,000 artworks, took 100 ms to rank in
 * full and 4 ms within its 2,000 newest; a phrase of two common words 8 ms
 * there. A word that common also tells the scores almost nothing (bm25
 * gives it next to no weight), so its results were newest-first already;
 * a rarer word (fewer matches than this) is ranked among all of them. The
 * search offers 240 results in all, from these.
 */
export const SEARCH_RANKED_MATCHES = 2_000;

function bestMatches(terms: SearchTerms): Prisma.Sql {
  return forDialect({
    sqlite: () =>
      // The index's rowid is the search row's id, numbered as artwork is made (PostgreSQL's too): the newest highest.
      Prisma.sql`SELECT "docId", "relevance" FROM (
          SELECT "rowid" AS "docId", "rank" AS "relevance" FROM "ArtworkSearchIndex"
          WHERE "ArtworkSearchIndex" MATCH ${fts5Match(terms)} ORDER BY "rowid" DESC LIMIT ${SEARCH_RANKED_MATCHES}
        ) AS "newest" ORDER BY "relevance" LIMIT ${SEARCH_CANDIDATES}`,
    postgresql: () => {
      const query = tsQuery(terms);
      // Normalisation 1: divided by 1 + log(length), as bm25 favours the shorter of two equal matches.
      return Prisma.sql`SELECT "docId", -ts_rank_cd('{0.1, 0.2, 0.4, 1.0}', "document", ${query}, 1) AS "relevance" FROM (
          SELECT "artworkId" AS "docId", "document" FROM "ArtworkSearch"
          WHERE "document" @@ ${query} ORDER BY "id" DESC LIMIT ${SEARCH_RANKED_MATCHES}
        ) AS "newest" ORDER BY 2 LIMIT ${SEARCH_CANDIDATES}`;
    },
  })();
}

/**
 * A join read in the order written: SQLite's CROSS JOIN keeps its planner
 * from starting at an Artwork index instead of the matches (300 ms instead
 * of 70 for a common word). PostgreSQL's CROSS JOIN takes no ON, and its
 * planner needs no such help.
 */
const THEN_JOIN = forDialect({ sqlite: Prisma.raw("CROSS JOIN"), postgresql: Prisma.raw("JOIN") });

/** The candidates joined to their artwork and author, outer to inner. */
function candidates({ terms, viewerId, now }: ArtworkSearch): { from: Prisma.Sql; where: Prisma.Sql } {
  const docJoin = forDialect({
    sqlite: Prisma.sql`${THEN_JOIN} "ArtworkSearch" AS "doc" ON "doc"."id" = "hit"."docId" ${THEN_JOIN} "Artwork" AS a ON a."id" = "doc"."artworkId"`,
    postgresql: Prisma.sql`${THEN_JOIN} "Artwork" AS a ON a."id" = "hit"."docId"`,
  });
  return {
    from: Prisma.sql`(${bestMatches(terms)}) AS "hit" ${docJoin} ${THEN_JOIN} "User" AS u ON u."id" = a."authorId"`,
    where: Prisma.join(visibleTo(viewerId, now), " AND "),
  };
}

/**
 * Every result the search can offer, best first (ties go to the newer,
 * then the better rated), as one row: the visible candidates' ids joined
 * by spaces (ids never hold one). Pages and the count are read from it:
 * the matches are not read a second time to count them (5 ms for a common
 * word), and one value crosses the driver rather than up to 480 rows.
 * Exported so plans can be printed.
 */
export function artworkSearchSql(search: ArtworkSearch): Prisma.Sql {
  const { from, where } = candidates(search);
  return Prisma.sql`SELECT string_agg(a."id", ' ' ORDER BY "hit"."relevance", a."createdAt" DESC, a."topScore" DESC, a."id" DESC) AS "ids"
    FROM ${from} WHERE ${where}`;
}

export type ArtworkResults = Page<ArtworkCardData> & { terms: SearchTerms; /** More matched than are offered. */ more: boolean };

/** The page of ids alone (for the benchmark and tests), in order, with the total offered. */
export async function searchArtworkIds(search: ArtworkSearch, page: number): Promise<Page<string> & { more: boolean }> {
  const [{ ids }] = await db.$queryRaw<{ ids: string | null }[]>(artworkSearchSql(search));
  const ranked = ids ? ids.split(" ") : [];
  const offered = ranked.slice(0, SEARCH_RESULTS_MAX);
  const shown = await loadPage(
    Math.min(page, SEARCH_PAGES_MAX),
    SEARCH_PAGE_SIZE,
    async () => offered.length,
    async ({ skip, take }) => offered.slice(skip, skip + take),
  );
  return { ...shown, more: ranked.length > offered.length };
}

/**
 * Artwork matching what was typed in the search box, for `viewerId` (a
 * visitor when absent), as cards: refused with the words to show beside the
 * box when the text is no search (lib/search/schemas.ts).
 */
export async function searchArtworks({
  query,
  viewerId,
  page = 1,
  now = new Date(),
}: {
  query: string;
  viewerId?: string;
  page?: number;
  now?: Date;
}): Promise<Result<ArtworkResults>> {
  const parsed = searchText.safeParse(query);
  if (!parsed.success) return refused(parsed.error.issues[0].message, "q");
  const terms = parsed.data;
  const ids = await searchArtworkIds({ terms, viewerId, now }, page);
  return done({ ...mapPage(ids, await artworkCards(ids.items)), terms, more: ids.more });
}
