import "server-only";
import { forDialect } from "@/lib/database/dialect";
import { db } from "@/lib/db";
import { artworkConditionsForViewer } from "@/lib/discovery/viewer-filter";
import { Prisma } from "@/lib/generated/prisma/client";
import { inOrder } from "@/lib/paging/id-page";
import { fts5ArtistMatch, tsArtistQuery } from "@/lib/search/match";
import type { SearchTerms } from "@/lib/search/schemas";
import { authorSelect, toAuthorSummary, type AuthorSummary } from "@/lib/users/authors";

/** A row above the artwork, not a list of its own. */
export const ARTISTS_SHOWN = 6;

/**
 * Artists whose username or display name holds every word (as a prefix,
 * ignoring case and accents), read from the artist part of the artwork
 * index: so the artists found are members with art the viewer may see in a
 * search (none hidden, not banned now, nothing muted or blocked), the one
 * with most such work first. Exclusions apply to artwork, not names.
 */
export function artistSearchSql({ terms, viewerId, now }: { terms: SearchTerms; viewerId?: string; now: Date }): Prisma.Sql {
  const { from, match } = forDialect({
    sqlite: () => ({
      from: Prisma.sql`"ArtworkSearchIndex" JOIN "ArtworkSearch" AS "doc" ON "doc"."id" = "ArtworkSearchIndex"."rowid"`,
      match: Prisma.sql`"ArtworkSearchIndex" MATCH ${fts5ArtistMatch(terms)}`,
    }),
    postgresql: () => ({ from: Prisma.sql`"ArtworkSearch" AS "doc"`, match: Prisma.sql`"doc"."document" @@ ${tsArtistQuery(terms)}` }),
  })();
  const conditions = [
    match,
    Prisma.sql`a."hiddenAt" IS NULL`,
    Prisma.sql`(u."bannedAt" IS NULL OR u."bannedUntil" <= ${now})`,
    ...artworkConditionsForViewer(viewerId, { artworkId: Prisma.sql`a."id"`, authorId: Prisma.sql`a."authorId"` }),
  ];
  return Prisma.sql`SELECT u."id" AS "id" FROM ${from} JOIN "Artwork" AS a ON a."id" = "doc"."artworkId" JOIN "User" AS u ON u."id" = a."authorId"
    WHERE ${Prisma.join(conditions, " AND ")} GROUP BY u."id", u."username" ORDER BY COUNT(*) DESC, u."username" LIMIT ${ARTISTS_SHOWN}`;
}

export async function searchArtists(search: { terms: SearchTerms; viewerId?: string; now: Date }): Promise<AuthorSummary[]> {
  if (search.terms.words.length + search.terms.phrases.length === 0) return [];
  const ids = (await db.$queryRaw<{ id: string }[]>(artistSearchSql(search))).map((row) => row.id);
  const users = await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, ...authorSelect } });
  return inOrder(ids, users).map(toAuthorSummary);
}
