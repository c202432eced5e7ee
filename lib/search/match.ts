import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { SearchTerms } from "@/lib/search/schemas";

/**
 * The search terms in each database's query language. Every word reaches
 * it as a value, never as syntax: FTS5 gets each word or phrase as a
 * "string" (with " doubled), PostgreSQL gets each as a bound parameter that
 * quote_literal makes one lexeme, or that phraseto_tsquery reads as plain
 * words. The words are already letters, digits and marks only
 * (lib/search/schemas.ts); the quoting holds even if that changed.
 */

/** A prefix shorter than this matches most of the index: such words match whole. */
const PREFIX_MIN = 2;

const isPrefix = (word: string) => [...word].length >= PREFIX_MIN;

/** FTS5: one string, its double quotes doubled. */
function fts5String(words: string[]): string {
  return `"${words.join(" ").replaceAll('"', '""')}"`;
}

function fts5Word(word: string): string {
  return isPrefix(word) ? `${fts5String([word])}*` : fts5String([word]);
}

/** The MATCH text for artwork: all words and phrases, in any column, and none of the exclusions. */
export function fts5Match(terms: SearchTerms): string {
  const wanted = [...terms.words.map(fts5Word), ...terms.phrases.map(fts5String)].join(" ");
  return [`(${wanted})`, ...terms.excluded.map((words) => fts5String(words))].join(" NOT ");
}

/** The MATCH text for artists: every word and phrase in the artist's names (username and display name). */
export function fts5ArtistMatch(terms: SearchTerms): string {
  return [...terms.words.map(fts5Word), ...terms.phrases.map(fts5String)].map((term) => `"artist" : ${term}`).join(" AND ");
}

/** PostgreSQL: the words of a text as the index folds them (lower case, no accents: see the search migration). */
const folded = (text: string) => Prisma.sql`"search_fold"(${text})`;

/** One word, as a prefix when long enough. */
function tsWord(word: string): Prisma.Sql {
  if (!isPrefix(word)) return Prisma.sql`plainto_tsquery('simple', ${folded(word)})`;
  return Prisma.sql`to_tsquery('simple', quote_literal(${folded(word)}) || ':*')`;
}

function tsPhrase(words: string[]): Prisma.Sql {
  return Prisma.sql`phraseto_tsquery('simple', ${folded(words.join(" "))})`;
}

/** The tsquery for artwork, the same rule as fts5Match. */
export function tsQuery(terms: SearchTerms): Prisma.Sql {
  const wanted = [...terms.words.map(tsWord), ...terms.phrases.map(tsPhrase)];
  const unwanted = terms.excluded.map((words) => Prisma.sql`!!${tsPhrase(words)}`);
  return Prisma.sql`(${Prisma.join([...wanted, ...unwanted], " && ")})`;
}

/** The tsquery for artists' names, the same rule as fts5ArtistMatch (a phrase's words each). */
export function tsArtistQuery(terms: SearchTerms): Prisma.Sql {
  const words = [...terms.words, ...terms.phrases.flat()];
  return Prisma.sql`(${Prisma.join(words.map(tsWord), " && ")})`;
}

/**
 * A member's names as PostgreSQL's search reads them: the expression of the
 * index on "User" in the search migrations, which a query must repeat word
 * for word for the index to serve it.
 */
export const TS_MEMBER_NAMES = Prisma.raw(`to_tsvector('simple', "search_fold"(u."username" || ' ' || coalesce(u."displayName", '')))`);
