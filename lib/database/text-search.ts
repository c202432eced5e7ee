import "server-only";
import { LIKE_IGNORING_CASE } from "@/lib/database/dialect";
import { Prisma } from "@/lib/generated/prisma/client";

/** Makes the next character of a LIKE pattern literal; PostgreSQL's LIKE escapes with it by default too. */
const ESCAPE = "\\";

/** A LIKE pattern for the text anywhere in a value, with LIKE's wildcards (and the escape) in it taken literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (character) => `${ESCAPE}${character}`)}%`;
}

/**
 * The one way lists search text: SQL that holds where any of the columns
 * contains the text, ignoring case, with "%", "_" and "\" meaning themselves
 * ("100%" finds "100%", not "1000"). SQLite's LIKE folds ASCII letters only,
 * PostgreSQL's ILIKE every letter; a column that is NULL never matches.
 *
 * A substring search cannot use an index: it reads the rows the rest of the
 * query leaves, which suits admin lists on a collective's numbers.
 */
export function containsText(columns: Prisma.Sql[], text: string): Prisma.Sql {
  const pattern = containsPattern(text);
  const matches = columns.map((column) => Prisma.sql`${column} ${LIKE_IGNORING_CASE} ${pattern} ESCAPE ${Prisma.raw(`'${ESCAPE}'`)}`);
  return Prisma.sql`(${Prisma.join(matches, " OR ")})`;
}
