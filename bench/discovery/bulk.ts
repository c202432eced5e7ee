/**
 * The bulk SQL of the discovery seed that differs between SQLite and
 * PostgreSQL, beside what bench/ratings/dialect.ts already has (insertJson,
 * settle). Table and column names are this folder's constants, never input.
 * Imports lib/db: load with `await import()` after the workspace is set up.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { onPostgres } from "../ratings/dialect";

/**
 * The database's triggers stand aside while the seed loads, and are back
 * as the migrations made them when `work` ends (however it ends). Row by
 * row they cost more than the rows: 300,000 favourites took ~30 s of CPU on
 * SQLite through the counting trigger's UPDATE of Artwork (and its
 * indexes), and PostgreSQL's PL/pgSQL triggers ~50 µs a row. The seed then
 * sets every counter from its rows in one statement each (recountAll) and
 * the consistency checks prove the result. SQLite has no switch: its
 * triggers are dropped and created again from their own SQL
 * (sqlite_master); PostgreSQL disables the user triggers of each table
 * (the foreign keys' internal triggers stay on).
 */
export async function withoutTriggers<T>(work: () => Promise<T>): Promise<T> {
  if (onPostgres) {
    const tables = await db.$queryRawUnsafe<{ table: string }[]>(
      `SELECT DISTINCT c.relname::text AS "table" FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace WHERE NOT t.tgisinternal AND n.nspname = current_schema()`,
    );
    const alter = (action: string) =>
      Promise.all(tables.map(({ table }) => db.$executeRawUnsafe(`ALTER TABLE "${table}" ${action} TRIGGER USER`)));
    await alter("DISABLE");
    try {
      return await work();
    } finally {
      await alter("ENABLE");
    }
  }
  const triggers = await db.$queryRawUnsafe<{ name: string; sql: string }[]>(
    "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY rowid",
  );
  for (const { name } of triggers) await db.$executeRawUnsafe(`DROP TRIGGER "${name}"`);
  try {
    return await work();
  } finally {
    for (const { sql } of triggers) await db.$executeRawUnsafe(sql);
  }
}

/** Every counter the triggers keep, set from its rows in one statement each (only rows that differ are written). */
const RECOUNTS = {
  favourites: `UPDATE "Artwork" SET "favouriteCount" = c.n FROM (SELECT "artworkId", COUNT(*) AS n FROM "Favourite" GROUP BY "artworkId") AS c
    WHERE "Artwork"."id" = c."artworkId" AND "Artwork"."favouriteCount" <> c.n`,
  tagUses: `UPDATE "Tag" SET "usageCount" = c.n FROM (SELECT "tagId", COUNT(*) AS n FROM "ArtworkTag" GROUP BY "tagId") AS c
    WHERE "Tag"."id" = c."tagId" AND "Tag"."usageCount" <> c.n`,
  followers: `UPDATE "User" SET "followerCount" = c.n FROM (SELECT "followeeId", COUNT(*) AS n FROM "Follow" GROUP BY "followeeId") AS c
    WHERE "User"."id" = c."followeeId" AND "User"."followerCount" <> c.n`,
  following: `UPDATE "User" SET "followingCount" = c.n FROM (SELECT "followerId", COUNT(*) AS n FROM "Follow" GROUP BY "followerId") AS c
    WHERE "User"."id" = c."followerId" AND "User"."followingCount" <> c.n`,
};

export async function recount(...counters: (keyof typeof RECOUNTS)[]): Promise<void> {
  for (const counter of counters) await db.$executeRawUnsafe(RECOUNTS[counter]);
}

/** A subquery of the ids in a JSON array, bound as one value (SQLite binds at most 32,766). */
function idsFrom(ids: string[]): Prisma.Sql {
  const json = JSON.stringify(ids);
  return onPostgres ? Prisma.sql`SELECT json_array_elements_text(${json}::json)` : Prisma.sql`SELECT value FROM json_each(${json})`;
}

/** Moderation's hide, in bulk: hiddenAt and a reason. Before the ArtworkTag rows exist, so no copy trigger has rows to update. */
export function hideArtworks(ids: string[], at: Date) {
  return db.$executeRaw`UPDATE "Artwork" SET "hiddenAt" = ${at}, "hiddenReason" = ${"Hidden by the benchmark's seed"} WHERE "id" IN (${idsFrom(ids)})`;
}

export function banMembers(ids: string[], at: Date) {
  return db.$executeRaw`UPDATE "User" SET "bannedAt" = ${at}, "banReason" = ${"Banned by the benchmark's seed"} WHERE "id" IN (${idsFrom(ids)})`;
}

/**
 * ArtworkTag rows for (artworkId, tagId, position) triples, each with its
 * artwork's current sort columns copied in the same statement, as the
 * schema asks of every insert (the copy trigger keeps them in step after).
 */
export function insertArtworkTags(rows: { artworkId: string; tagId: number; position: number }[]) {
  const json = JSON.stringify(rows);
  const copied = Prisma.raw(`a."createdAt", a."topScore", a."ratingCount", a."hotScore", a."favouriteCount", a."hiddenAt"`);
  const columns = Prisma.raw(
    `"artworkId", "tagId", "position", "createdAt", "topScore", "ratingCount", "hotScore", "favouriteCount", "hiddenAt"`,
  );
  const source = onPostgres
    ? Prisma.sql`SELECT j."artworkId", j."tagId", j."position", ${copied} FROM json_populate_recordset(NULL::"ArtworkTag", ${json}::json) AS j JOIN "Artwork" AS a ON a."id" = j."artworkId"`
    : Prisma.sql`SELECT j.value ->> 'artworkId', j.value ->> 'tagId', j.value ->> 'position', ${copied} FROM json_each(${json}) AS j JOIN "Artwork" AS a ON a."id" = j.value ->> 'artworkId'`;
  return db.$executeRaw`INSERT INTO "ArtworkTag" (${columns}) ${source}`;
}

/** After inserting ids by hand: PostgreSQL's sequence moves past them, so the app's next tag gets a free id. */
export async function advanceTagIds(): Promise<void> {
  if (onPostgres) await db.$executeRawUnsafe(`SELECT setval(pg_get_serial_sequence('"Tag"', 'id'), (SELECT max("id") FROM "Tag"))`);
}

/** Rows whose stored counter or copy differs from what it counts or copies: all must be 0 after the seed. */
const DIFFERS = onPostgres ? "IS DISTINCT FROM" : "IS NOT";
export const CONSISTENCY_CHECKS: Record<string, string> = {
  "Artwork.favouriteCount": `SELECT COUNT(*) AS n FROM "Artwork" a WHERE a."favouriteCount" <> (SELECT COUNT(*) FROM "Favourite" f WHERE f."artworkId" = a."id")`,
  "Artwork.ratingCount": `SELECT COUNT(*) AS n FROM "Artwork" a WHERE a."ratingCount" <> (SELECT COUNT(*) FROM "Rating" r WHERE r."artworkId" = a."id")`,
  "Tag.usageCount": `SELECT COUNT(*) AS n FROM "Tag" t WHERE t."usageCount" <> (SELECT COUNT(*) FROM "ArtworkTag" x WHERE x."tagId" = t."id")`,
  "User.followerCount": `SELECT COUNT(*) AS n FROM "User" u WHERE u."followerCount" <> (SELECT COUNT(*) FROM "Follow" f WHERE f."followeeId" = u."id")`,
  "User.followingCount": `SELECT COUNT(*) AS n FROM "User" u WHERE u."followingCount" <> (SELECT COUNT(*) FROM "Follow" f WHERE f."followerId" = u."id")`,
  "ArtworkTag sort columns": `SELECT COUNT(*) AS n FROM "ArtworkTag" t JOIN "Artwork" a ON a."id" = t."artworkId"
    WHERE t."createdAt" ${DIFFERS} a."createdAt" OR t."topScore" ${DIFFERS} a."topScore" OR t."ratingCount" ${DIFFERS} a."ratingCount"
       OR t."hotScore" ${DIFFERS} a."hotScore" OR t."favouriteCount" ${DIFFERS} a."favouriteCount" OR t."hiddenAt" ${DIFFERS} a."hiddenAt"`,
};

/** Counts the rows each check finds wrong; throws naming them, so a seed that is not exactly consistent stops the run. */
export async function checkConsistency(extra: Record<string, string> = {}): Promise<string[]> {
  const checks = { ...CONSISTENCY_CHECKS, ...extra };
  const wrong: string[] = [];
  for (const [name, sql] of Object.entries(checks)) {
    const [{ n }] = await db.$queryRawUnsafe<{ n: bigint | number }[]>(sql);
    if (Number(n) !== 0) wrong.push(`${name}: ${Number(n)} rows wrong`);
  }
  if (wrong.length > 0) throw new Error(`the discovery seed is not consistent: ${wrong.join("; ")}`);
  return Object.keys(checks);
}

// ---------------------------------------------------------------- the search index

/** The search migration's own backfill of "ArtworkSearch" (SQLite): the statement it runs on the artwork already on the site. */
function sqliteSearchBackfill(repoRoot: string): string | undefined {
  const folder = path.join(repoRoot, "prisma", "migrations");
  const search = readdirSync(folder).find((name) => name.endsWith("_search"));
  if (!search) return undefined;
  const script = readFileSync(path.join(folder, search, "migration.sql"), "utf8");
  return /^INSERT INTO "ArtworkSearch" \([^)]*\)\s*SELECT[\s\S]*?;\s*$/m.exec(
    script.slice(script.lastIndexOf('INSERT INTO "ArtworkSearch" (')),
  )?.[0];
}

async function hasSearchIndex(): Promise<boolean> {
  const [{ n }] = await db.$queryRawUnsafe<{ n: bigint | number }[]>(
    onPostgres
      ? `SELECT COUNT(*) AS n FROM pg_class WHERE relname = 'ArtworkSearch' AND relkind = 'r'`
      : `SELECT COUNT(*) AS n FROM sqlite_master WHERE type = 'table' AND name = 'ArtworkSearch'`,
  );
  return Number(n) > 0;
}

/**
 * The search index built from the loaded rows in one pass, with its
 * triggers still aside, by the search migration's own SQL: on PostgreSQL
 * its rebuild function; on SQLite its backfill of "ArtworkSearch" and then
 * FTS5's 'rebuild' of the full-text index from that content table. Row by
 * row, the triggers would rewrite an artwork's index entry for each of its
 * tags. Answers false when there is no search index (before the search
 * migration).
 */
export async function rebuildSearchIndex(repoRoot: string): Promise<boolean> {
  if (!(await hasSearchIndex())) return false;
  if (onPostgres) {
    await db.$executeRawUnsafe(`SELECT "ArtworkSearch_rebuild"()`);
    return true;
  }
  const backfill = sqliteSearchBackfill(repoRoot);
  if (!backfill) throw new Error("the search migration's backfill of ArtworkSearch was not found");
  await db.$executeRawUnsafe(`DELETE FROM "ArtworkSearch"`);
  await db.$executeRawUnsafe(backfill);
  await db.$executeRawUnsafe(`INSERT INTO "ArtworkSearchIndex" ("ArtworkSearchIndex") VALUES ('rebuild')`);
  return true;
}

/**
 * The checks of the search index: one row per artwork, each row what the
 * migration's own definition makes of its artwork now (PostgreSQL: its
 * document function, on a sample; SQLite: its backfill's SELECT, compared
 * both ways, all rows),
 * and on SQLite FTS5's integrity check of the index against its content.
 */
export async function searchChecks(repoRoot: string): Promise<Record<string, string>> {
  if (!(await hasSearchIndex())) return {};
  const rows = `SELECT (SELECT COUNT(*) FROM "Artwork") - (SELECT COUNT(*) FROM "ArtworkSearch") AS n`;
  if (onPostgres)
    return {
      "ArtworkSearch rows": rows,
      // A sample: the rebuild wrote every document with this same function, and recomputing all 100,000 costs a minute.
      "ArtworkSearch documents (2,000 recomputed)": `SELECT COUNT(*) AS n FROM "ArtworkSearch" s
        WHERE s."artworkId" IN (SELECT "id" FROM "Artwork" ORDER BY "id" LIMIT 2000) AND s."document" IS DISTINCT FROM "ArtworkSearch_document"(s."artworkId")`,
    };
  const backfill = sqliteSearchBackfill(repoRoot);
  if (!backfill) throw new Error("the search migration's backfill of ArtworkSearch was not found");
  const definition = backfill.slice(backfill.indexOf("SELECT")).replace(/;\s*$/, "");
  const stored = `SELECT "artworkId", "title", "tags", "description", "artist" FROM "ArtworkSearch"`;
  await db.$executeRawUnsafe(`INSERT INTO "ArtworkSearchIndex" ("ArtworkSearchIndex", "rank") VALUES ('integrity-check', 1)`);
  return {
    "ArtworkSearch rows": rows,
    "ArtworkSearch texts": `SELECT COUNT(*) AS n FROM (${definition} EXCEPT ${stored}) AS missing`,
    "ArtworkSearch texts (the other way)": `SELECT COUNT(*) AS n FROM (${stored} EXCEPT ${definition}) AS extra`,
    "ArtworkSearchIndex (FTS5 integrity-check)": "SELECT 0 AS n",
  };
}
