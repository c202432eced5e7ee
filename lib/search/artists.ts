import "server-only";
import { forDialect } from "@/lib/database/dialect";
import { db } from "@/lib/db";
import { artworkConditionsForViewer } from "@/lib/discovery/viewer-filter";
import { Prisma } from "@/lib/generated/prisma/client";
import { inOrder } from "@/lib/paging/id-page";
import { fts5ArtistMatch, TS_MEMBER_NAMES, tsArtistQuery } from "@/lib/search/match";
import type { SearchTerms } from "@/lib/search/schemas";
import { authorSelect, toAuthorSummary, type AuthorSummary } from "@/lib/users/authors";

/** A row above the artwork, not a list of its own. */
export const ARTISTS_SHOWN = 6;

/**
 * Artists whose username or display name holds every word (as a prefix,
 * ignoring case and accents) and who have art the viewer may see in a
 * search (not hidden, not banned now, nothing muted or blocked), the most
 * followed first. SQLite finds the names in the artist part of the artwork
 * index (FTS5 searches one column by index); PostgreSQL in the members'
 * own names, through an index of them: a GIN index cannot search one
 * weight of a document, and "light" in the artwork index read every
 * artwork with the word anywhere (50 ms).
 */
export function artistSearchSql({ terms, viewerId, now }: { terms: SearchTerms; viewerId?: string; now: Date }): Prisma.Sql {
  const named = forDialect({
    sqlite: () => Prisma.sql`u."id" IN (SELECT a."authorId" FROM "ArtworkSearchIndex"
      JOIN "ArtworkSearch" AS "doc" ON "doc"."id" = "ArtworkSearchIndex"."rowid" JOIN "Artwork" AS a ON a."id" = "doc"."artworkId"
      WHERE "ArtworkSearchIndex" MATCH ${fts5ArtistMatch(terms)})`,
    postgresql: () => Prisma.sql`${TS_MEMBER_NAMES} @@ ${tsArtistQuery(terms)}`,
  })();
  const visibleArt = [
    Prisma.sql`a."authorId" = "named"."id"`,
    Prisma.sql`a."hiddenAt" IS NULL`,
    ...artworkConditionsForViewer(viewerId, { artworkId: Prisma.sql`a."id"`, authorId: Prisma.sql`a."authorId"` }),
  ];
  // The named members first, on their own, with what the order needs: left to itself PostgreSQL walked every member
  // most followed first, folding each one's names, to find six (60 ms for a name nobody has).
  return Prisma.sql`WITH "named" AS MATERIALIZED (
      SELECT u."id", u."followerCount", u."username" FROM "User" AS u
      WHERE ${named} AND (u."bannedAt" IS NULL OR u."bannedUntil" <= ${now}))
    SELECT "named"."id" AS "id" FROM "named"
    WHERE EXISTS (SELECT 1 FROM "Artwork" AS a WHERE ${Prisma.join(visibleArt, " AND ")})
    ORDER BY "named"."followerCount" DESC, "named"."username" LIMIT ${ARTISTS_SHOWN}`;
}

export async function searchArtists(search: { terms: SearchTerms; viewerId?: string; now: Date }): Promise<AuthorSummary[]> {
  if (search.terms.words.length + search.terms.phrases.length === 0) return [];
  const ids = (await db.$queryRaw<{ id: string }[]>(artistSearchSql(search))).map((row) => row.id);
  const users = await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, ...authorSelect } });
  return inOrder(ids, users).map(toAuthorSummary);
}
