import "server-only";
import { stat } from "node:fs/promises";
import pg from "pg";
import { appliedMigrations, quoteIdentifier } from "@/lib/database/postgres-catalog";
import {
  BatchInserter,
  MIGRATIONS_TABLE,
  nonEmptyTables,
  resetSequences,
  targetTables,
  type TargetTable,
} from "@/lib/database/copy/postgres-target";
import { SqliteSnapshot } from "@/lib/database/copy/sqlite-source";
import { isSearchIndexTable } from "@/lib/search/index-objects";

export type CopyOptions = {
  /** The SQLite file of the site being moved. */
  from: string;
  /** A PostgreSQL database migrated by this version of the app and holding no rows. */
  to: string;
  /** The migrations this code ships for each database (prisma/migrations, prisma/postgres/migrations). */
  knownMigrations: { sqlite: string[]; postgresql: string[] };
  /** Told each table's count once it is copied (the copy is not committed yet). */
  onTable?: (table: string, rows: number) => void;
};

export type CopiedTable = { table: string; source: number; target: number };
export type CopyResult = { tables: CopiedTable[]; sequences: { table: string; column: string; next: number }[] };

/** The copy did not start or was rolled back: the target holds no rows. The message says why and what to do. */
export class CopyRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CopyRefused";
  }
}

function describeMismatch(label: string, applied: string[], known: string[], fix: string): string | null {
  const unknown = applied.filter((name) => !known.includes(name));
  if (unknown.length > 0)
    return `${label} has migrations this version of the app does not know (${unknown.join(", ")}): use the version that made them.`;
  const pending = known.filter((name) => !applied.includes(name));
  if (pending.length > 0) return `${label} lacks ${pending.length} of this version's migrations (latest: ${pending.at(-1)}): ${fix}`;
  return null;
}

/** Both databases at this version's schema: same migrations applied, the same tables with the same columns. */
function schemaProblems(source: SqliteSnapshot, tables: TargetTable[], applied: string[], known: CopyOptions["knownMigrations"]): string[] {
  const problems = [
    describeMismatch(
      "The SQLite database",
      source.appliedMigrations(),
      known.sqlite,
      "start this version on it once (npm start migrates), or run npm run db:migrate.",
    ),
    describeMismatch("The PostgreSQL database", applied, known.postgresql, "run DATABASE_URL=<the --to URL> npm run db:migrate first."),
  ].filter((problem) => problem !== null);
  if (problems.length > 0) return problems;
  const sourceTables = Object.keys(source.rowCounts()).filter((name) => name !== MIGRATIONS_TABLE && !isSearchIndexTable(name));
  const targetNames = tables.map((table) => table.name);
  for (const name of sourceTables.filter((table) => !targetNames.includes(table)))
    problems.push(`table ${name} is missing from PostgreSQL`);
  for (const name of targetNames.filter((table) => !sourceTables.includes(table))) problems.push(`table ${name} is missing from SQLite`);
  for (const table of tables.filter(({ name }) => sourceTables.includes(name))) {
    const sourceColumns = source.columns(table.name).sort().join(", ");
    const targetColumns = table.columns
      .map((column) => column.name)
      .sort()
      .join(", ");
    if (sourceColumns !== targetColumns)
      problems.push(`${table.name} has columns (${sourceColumns}) in SQLite but (${targetColumns}) in PostgreSQL`);
  }
  return problems;
}

async function copyTable(client: pg.ClientBase, source: SqliteSnapshot, table: TargetTable): Promise<number> {
  const inserter = new BatchInserter(client, table);
  let rows = 0;
  for (const row of source.rows(
    table.name,
    table.columns.map((column) => column.name),
  )) {
    await inserter.add(row);
    rows += 1;
  }
  await inserter.flush();
  return rows;
}

async function countRows(client: pg.ClientBase, table: string): Promise<number> {
  const { rows } = await client.query<{ count: string }>(`SELECT COUNT(*) AS count FROM ${quoteIdentifier(table)}`);
  return Number(rows[0].count);
}

/**
 * Copies every table of a SQLite database into an empty PostgreSQL one with
 * the same schema, in ONE transaction: any failure (a refused check, a value
 * that does not fit, counts that differ) rolls it all back and leaves the
 * target as empty as it was. Tables come from the target's catalog, parents
 * before children, so foreign keys are checked row by row as usual; the
 * audit log's triggers refuse only UPDATE, DELETE and TRUNCATE, never the
 * INSERTs made here, and the counting triggers (follows, favourites, tag
 * uses) stand aside while app.copying_rows is on: the copied counters are
 * already counted. The search index is left out of the comparison and the
 * copy (each database has its own kind) and built once the rows are in.
 */
export async function copySqliteToPostgres(options: CopyOptions): Promise<CopyResult> {
  if (!(await stat(options.from).catch(() => null))?.isFile()) throw new CopyRefused(`There is no SQLite database at ${options.from}.`);
  const client = new pg.Client({ connectionString: options.to, application_name: "artist-collective-copy" });
  await client.connect().catch((error: Error) => {
    throw new CopyRefused(`Could not connect to the PostgreSQL database: ${error.message}`);
  });
  const source = await SqliteSnapshot.take(options.from);
  try {
    await client.query("BEGIN");
    await client.query("SET LOCAL app.copying_rows = 'on'");
    const tables = await targetTables(client);
    const problems = schemaProblems(source, tables, await appliedMigrations(client), options.knownMigrations);
    if (problems.length > 0) throw new CopyRefused(`The two databases do not have this version's schema: ${problems.join("; ")}`);
    const filled = await nonEmptyTables(client, tables);
    if (filled.length > 0) {
      throw new CopyRefused(`The PostgreSQL database is not empty (rows in ${filled.join(", ")}): copy into a freshly migrated database.`);
    }
    const sourceCounts = source.rowCounts();
    const copied: CopiedTable[] = [];
    for (const table of tables) {
      await copyTable(client, source, table);
      const result = { table: table.name, source: sourceCounts[table.name], target: await countRows(client, table.name) };
      copied.push(result);
      options.onTable?.(table.name, result.target);
    }
    // The search index is no copy of SQLite's FTS5 tables but built from the rows now here (its triggers stood aside).
    await client.query(`SELECT "ArtworkSearch_rebuild"()`);
    const differing = copied.filter((table) => table.source !== table.target);
    if (differing.length > 0) {
      throw new CopyRefused(
        `Counts differ after copying: ${differing.map((t) => `${t.table} ${t.source} in SQLite, ${t.target} in PostgreSQL`).join("; ")}.`,
      );
    }
    const sequences = await resetSequences(client);
    await client.query("COMMIT");
    return { tables: copied, sequences };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await source.close();
    await client.end();
  }
}
