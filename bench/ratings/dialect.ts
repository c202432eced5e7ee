/**
 * The SQL the ratings benchmark writes itself that differs between SQLite
 * and PostgreSQL: bulk inserts, the score formulas' functions, refreshing
 * statistics, and reading a plan. Everything else it sends is the same text
 * on both, or the app's own. Imports lib/db: load with `await import()`
 * after the workspace is set up.
 */
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { Prisma } from "@/lib/generated/prisma/client";
import type { PlanLine, SqlQuery } from "./statements";

export const onPostgres = env.database.provider === "postgresql";

export type JsonRow = Record<string, string | number>;

/**
 * One INSERT … SELECT over a JSON array of rows, bound as a single value:
 * binding every value through Prisma's per-value work took ~66 s for the
 * SQLite seed against ~35 s this way. SQLite reads each field with ->>;
 * PostgreSQL parses the rows as the table's own row type, so every column
 * gets its type (timestamps, enums) without a cast. Table and column names
 * are the seed's constants.
 */
export function insertJson(table: string, rows: JsonRow[]) {
  const columns = Object.keys(rows[0]);
  const names = columns.map((column) => `"${column}"`).join(", ");
  const json = JSON.stringify(rows);
  if (onPostgres)
    return db.$executeRaw`${Prisma.raw(`INSERT INTO "${table}" (${names}) SELECT ${names} FROM json_populate_recordset(NULL::"${table}", `)}${json}::json)`;
  const values = columns.map((column) => `value ->> '${column}'`).join(", ");
  return db.$executeRaw`${Prisma.raw(`INSERT INTO "${table}" (${names}) SELECT ${values} FROM json_each(`)}${json})`;
}

/** A timestamp column in seconds since the epoch, with its milliseconds, as a double (Date.getTime() / 1000). */
export function epochSeconds(column: string): string {
  return onPostgres ? `CAST(extract(epoch FROM ${column}) AS DOUBLE PRECISION)` : `unixepoch(${column}, 'subsec')`;
}

/** The larger of two values: SQLite's two-argument max(). */
export function greatest(first: string, second: string): string {
  return `${onPostgres ? "GREATEST" : "max"}(${first}, ${second})`;
}

/**
 * After the seed: the statistics a running server would have (SQLite's
 * PRAGMA optimize on connect; PostgreSQL's autovacuum, which also sets the
 * visibility map that index-only scans need), and the WAL folded into the
 * tables, as a long-running server's checkpoints would have.
 */
export async function settle(): Promise<void> {
  if (onPostgres) {
    await db.$executeRawUnsafe("VACUUM ANALYZE");
    await db.$executeRawUnsafe("CHECKPOINT");
    return;
  }
  await db.$executeRawUnsafe("ANALYZE");
  await db.$queryRawUnsafe("PRAGMA wal_checkpoint(TRUNCATE)");
}

/** What settle() runs, for the report. */
export const SETTLE_LABEL = onPostgres ? "VACUUM ANALYZE + CHECKPOINT" : "ANALYZE + checkpoint";

/**
 * A larger SQLite page cache while `work` runs, for the rating and index
 * pages the seed touches; the connection's own size is restored afterwards,
 * since the app never changes it. PostgreSQL's shared buffers are the
 * server's: left as they are.
 */
export async function withSeedCache<T>(kib: number, work: () => Promise<T>): Promise<T> {
  if (onPostgres) return work();
  const [{ cache_size: appCacheSize }] = await db.$queryRawUnsafe<{ cache_size: number | bigint }[]>("PRAGMA cache_size");
  await db.$executeRawUnsafe(`PRAGMA cache_size = -${kib}`);
  try {
    return await work();
  } finally {
    await db.$executeRawUnsafe(`PRAGMA cache_size = ${Number(appCacheSize)}`);
  }
}

// ---------------------------------------------------------------- plans

/** One node of PostgreSQL's EXPLAIN (FORMAT JSON). */
export type PostgresPlanNode = {
  "Node Type": string;
  "Index Name"?: string;
  "Relation Name"?: string;
  "Sort Key"?: string[];
  "Index Cond"?: string;
  Filter?: string;
  Plans?: PostgresPlanNode[];
};

/** A node in a line, as EXPLAIN's text form names it: "Index Only Scan using <index> on <table>", with its conditions. */
function describeNode(node: PostgresPlanNode): string {
  const parts = [
    node["Node Type"],
    node["Index Name"] && `using ${node["Index Name"]}`,
    node["Relation Name"] && `on ${node["Relation Name"]}`,
    node["Sort Key"] && `by ${node["Sort Key"].join(", ")}`,
    node["Index Cond"] && `[Index Cond: ${node["Index Cond"]}]`,
    node.Filter && `[Filter: ${node.Filter}]`,
  ];
  return parts.filter(Boolean).join(" ");
}

/**
 * The plan tree as SQLite's EXPLAIN QUERY PLAN rows (id, parent, detail), so
 * both draw and are flagged the same way. A Seq Scan carries its table's row
 * count (`tableRows`, from the statistics): reading a small table whole is
 * the planner's right choice there, and only a large one is worth a flag.
 */
export function postgresPlanLines(root: PostgresPlanNode, tableRows: Map<string, number>): PlanLine[] {
  const lines: PlanLine[] = [];
  const visit = (node: PostgresPlanNode, parent: number) => {
    const id = lines.length + 1;
    const rows = node["Node Type"] === "Seq Scan" ? tableRows.get(node["Relation Name"] ?? "") : undefined;
    const size = rows === undefined ? "" : ` (${rows.toLocaleString("en")} rows)`;
    lines.push({ id, parent, detail: `${describeNode(node)}${size}`, ...(rows === undefined ? {} : { tableRows: rows }) });
    for (const child of node.Plans ?? []) visit(child, id);
  };
  visit(root, 0);
  return lines;
}

const seqScanned = (node: PostgresPlanNode): string[] => [
  ...(node["Node Type"] === "Seq Scan" && node["Relation Name"] ? [node["Relation Name"]] : []),
  ...(node.Plans ?? []).flatMap(seqScanned),
];

/** The planner's row counts (reltuples, as of the last ANALYZE) of the tables a plan reads whole. */
async function tableRowsOf(root: PostgresPlanNode): Promise<Map<string, number>> {
  const tables = [...new Set(seqScanned(root))];
  if (tables.length === 0) return new Map();
  const rows = await db.$queryRaw<{ relname: string; reltuples: number }[]>`
    SELECT relname::text AS relname, GREATEST(reltuples, 0)::float8 AS reltuples FROM pg_class WHERE relname = ANY(${tables}) AND relkind = 'r'`;
  return new Map(rows.map((row) => [row.relname, Number(row.reltuples)]));
}

/** The plan of a statement with its own bound values, on the app's connection. */
export async function explainStatement(statement: SqlQuery, values: unknown[]): Promise<PlanLine[]> {
  if (onPostgres) {
    const [row] = await db.$queryRawUnsafe<{ "QUERY PLAN": [{ Plan: PostgresPlanNode }] }[]>(
      `EXPLAIN (FORMAT JSON) ${statement.sql}`,
      ...values,
    );
    const plan = row["QUERY PLAN"][0].Plan;
    return postgresPlanLines(plan, await tableRowsOf(plan));
  }
  const rows = await db.$queryRawUnsafe<{ id: number | bigint; parent: number | bigint; detail: string }[]>(
    `EXPLAIN QUERY PLAN ${statement.sql}`,
    ...values,
  );
  return rows.map((row) => ({ id: Number(row.id), parent: Number(row.parent), detail: String(row.detail) }));
}
