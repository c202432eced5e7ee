import "server-only";
import { artworkCards, type ArtworkCardData } from "@/lib/art/queries";
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
 * The matches with their relevance, from each database's index: FTS5's bm25
 * (its rank, configured in the migration: title 10, tags 5, description 2,
 * artist 1) where lower is better, or ts_rank_cd with the same order of
 * weights (A–D), negated so that lower is better on both.
 */
function matches({ terms, viewerId, now }: ArtworkSearch): { from: Prisma.Sql; where: Prisma.Sql[]; relevance: Prisma.Sql } {
  return forDialect({
    sqlite: () => ({
      from: Prisma.sql`"ArtworkSearchIndex" JOIN "ArtworkSearch" AS "doc" ON "doc"."id" = "ArtworkSearchIndex"."rowid"
        JOIN "Artwork" AS a ON a."id" = "doc"."artworkId" JOIN "User" AS u ON u."id" = a."authorId"`,
      where: [Prisma.sql`"ArtworkSearchIndex" MATCH ${fts5Match(terms)}`, ...visibleTo(viewerId, now)],
      relevance: Prisma.sql`"ArtworkSearchIndex"."rank"`,
    }),
    postgresql: () => {
      const query = tsQuery(terms);
      return {
        from: Prisma.sql`"ArtworkSearch" AS "doc" JOIN "Artwork" AS a ON a."id" = "doc"."artworkId" JOIN "User" AS u ON u."id" = a."authorId"`,
        where: [Prisma.sql`"doc"."document" @@ ${query}`, ...visibleTo(viewerId, now)],
        // Normalisation 1: divided by 1 + log(length), as bm25 favours the shorter of two equal matches.
        relevance: Prisma.sql`-ts_rank_cd('{0.1, 0.2, 0.4, 1.0}', "doc"."document", ${query}, 1)`,
      };
    },
  })();
}

/** One page of matching artwork ids, best first; ties go to the newer, then the better rated. Exported so plans can be printed. */
export function artworkSearchSql(search: ArtworkSearch, { limit, offset }: { limit: number; offset: number }): Prisma.Sql {
  const { from, where, relevance } = matches(search);
  return Prisma.sql`SELECT a."id" AS "id" FROM ${from} WHERE ${Prisma.join(where, " AND ")}
    ORDER BY ${relevance}, a."createdAt" DESC, a."topScore" DESC, a."id" DESC LIMIT ${limit} OFFSET ${offset}`;
}

/** How many match, counting no further than `cap`. */
export function artworkSearchCountSql(search: ArtworkSearch, cap: number): Prisma.Sql {
  const { from, where } = matches(search);
  return Prisma.sql`SELECT COUNT(*) AS "total" FROM (SELECT 1 FROM ${from} WHERE ${Prisma.join(where, " AND ")} LIMIT ${cap}) AS "counted"`;
}

export type ArtworkResults = Page<ArtworkCardData> & { terms: SearchTerms; /** More matched than are offered. */ more: boolean };

/** The page of ids alone (for the benchmark and tests), in order, with the capped total. */
export async function searchArtworkIds(search: ArtworkSearch, page: number): Promise<Page<string> & { more: boolean }> {
  let more = false;
  const ids = await loadPage(
    Math.min(page, SEARCH_PAGES_MAX),
    SEARCH_PAGE_SIZE,
    async () => {
      const [{ total }] = await db.$queryRaw<{ total: bigint | number }[]>(artworkSearchCountSql(search, SEARCH_RESULTS_MAX + 1));
      more = Number(total) > SEARCH_RESULTS_MAX;
      return Math.min(Number(total), SEARCH_RESULTS_MAX);
    },
    async ({ skip, take }) =>
      (await db.$queryRaw<{ id: string }[]>(artworkSearchSql(search, { limit: take, offset: skip }))).map((row) => row.id),
  );
  return { ...ids, more };
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
