import "server-only";
import { env } from "@/lib/env";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * The SQL that differs between SQLite and PostgreSQL, in one place: raw
 * statements elsewhere are written in the part both speak (double-quoted
 * identifiers, LIMIT/OFFSET, ON CONFLICT … RETURNING) and take these pieces.
 */
const onPostgres = env.database.provider === "postgresql";

/**
 * Makes a statement read the named index. SQLite's planner would sometimes
 * read a period through the createdAt index and sort it; INDEXED BY fixes
 * the plan and fails loudly if the index is gone. PostgreSQL has no hints:
 * its planner picks the same index for ORDER BY … LIMIT on its own (the
 * gallery's plan test proves it on both).
 */
export function indexedBy(index: string): Prisma.Sql {
  return onPostgres ? Prisma.empty : Prisma.raw(`INDEXED BY "${index}"`);
}

/** LIKE ignoring case: SQLite's LIKE folds case itself (ASCII letters); PostgreSQL's needs ILIKE. */
export const LIKE_IGNORING_CASE = Prisma.raw(onPostgres ? "ILIKE" : "LIKE");

/** The larger of two values: SQLite's max() with two arguments is PostgreSQL's GREATEST. */
export function greatest(first: Prisma.Sql, second: Prisma.Sql): Prisma.Sql {
  return onPostgres ? Prisma.sql`GREATEST(${first}, ${second})` : Prisma.sql`max(${first}, ${second})`;
}

/**
 * Ends a subquery that PostgreSQL must run as written, not merged into the
 * statement around it: OFFSET 0 is its planner's fence. SQLite, which plans
 * such subqueries as written already, takes nothing (and allows OFFSET only
 * after a LIMIT).
 */
export const KEEP_AS_WRITTEN = onPostgres ? Prisma.sql`OFFSET 0` : Prisma.empty;

/**
 * Appended to a SELECT to lock the rows it reads until the transaction
 * ends, for read-then-write transactions that PostgreSQL's READ COMMITTED
 * would otherwise let race. SQLite runs one writing transaction at a time
 * (lib/database/sqlite-adapter.ts) and has no such clause.
 */
export const FOR_UPDATE = onPostgres ? Prisma.sql`FOR UPDATE` : Prisma.empty;

/** PostgreSQL's row-lock strengths used here, weakest first. */
type LockStrength = "KEY SHARE" | "UPDATE";

/**
 * Appended to a SELECT over several tables to lock each named table's rows
 * with its own strength, in one round trip: `{ u: "KEY SHARE", a: "UPDATE" }`
 * keeps u's row from being deleted and takes a's row for writing. PostgreSQL
 * takes them in the order the tables appear in FROM. Empty on SQLite (see
 * FOR_UPDATE).
 */
export function lockingRowsOf(strengthByAlias: Record<string, LockStrength>): Prisma.Sql {
  if (!onPostgres) return Prisma.empty;
  const clauses = Object.entries(strengthByAlias).map(([alias, strength]) => `FOR ${strength} OF "${alias}"`);
  return Prisma.raw(clauses.join(" "));
}

/**
 * For the one kind of statement written wholly twice: full-text search,
 * where SQLite's FTS5 and PostgreSQL's tsvector share no syntax
 * (lib/search/). Everything else takes the pieces above.
 */
export function forDialect<T>(versions: { sqlite: T; postgresql: T }): T {
  return onPostgres ? versions.postgresql : versions.sqlite;
}
