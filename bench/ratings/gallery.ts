/**
 * The gallery query timed through the real listArtworks, with each SQL
 * statement it sends timed at the driver, and the plans of those statements.
 * Imports lib/db: load with `await import()` after the workspace is set up.
 */
import { listArtworks } from "@/lib/art/queries";
import type { Period, Sort } from "@/lib/art/gallery-order";
import { distribution, type Distribution } from "../support/stats";
import { capture, explain, type PlanLine, type Statement } from "./statements";
import { SMALL_TABLE_ROWS } from "./wording";

export type GalleryCase = { scope: "gallery" | "profile"; sort: Sort; period: Period; page: number; authorId?: string };

/**
 * What listArtworks sends: COUNT(*) and the page's ids (the page query), then
 * the cards by id with their authors, thumbnails and comment counts in one
 * statement (lib/art/cards.ts).
 */
export const STATEMENT_KINDS = ["count", "page", "cards"] as const;
export type StatementKind = (typeof STATEMENT_KINDS)[number];

export type CaseFigure = {
  gallery: GalleryCase;
  /** Artworks counted (up to a few pages ahead) and cards on the page, to show the page was not empty. */
  total: number;
  items: number;
  /** The whole listArtworks call. */
  call: Distribution;
  /** Driver time of each kind of statement per call. */
  statements: Record<StatementKind, Distribution>;
  /** The statements of the last call, for EXPLAIN. */
  sample: Statement[];
  /** What the page query read, from its plan: see planSummary(). */
  pagePlan: string;
};

/** A record with one entry per statement kind. */
function perKind<T>(make: (kind: StatementKind) => T): Record<StatementKind, T> {
  return {
    count: make("count"),
    page: make("page"),
    cards: make("cards"),
  };
}

/**
 * Sorts a statement by its shape: the page query is lib/art/gallery-page.ts's
 * raw SQL (on SQLite the index named), the cards lib/art/cards.ts's, and
 * Prisma's count wraps its rows in a subquery.
 */
export function kindOf(sql: string): StatementKind {
  if (/^SELECT COUNT\(\*\)[^,]* FROM \(/.test(sql)) return "count";
  if (/^SELECT "id" FROM "Artwork" (INDEXED BY "\w+" )?/.test(sql)) return "page";
  if (/JOIN "ArtworkVariant" v ON v\."artworkId" = a\."id"/.test(sql)) return "cards";
  throw new Error(`listArtworks sent a statement this benchmark does not know: ${sql}`);
}

export function label(gallery: GalleryCase): string {
  const period = gallery.period === "all" ? "" : `/${gallery.period}`;
  return `${gallery.scope} ${gallery.sort}${period} p${gallery.page}`;
}

/** The call the app makes for this page (app/(site)/page.tsx, app/(site)/u/[username]/page.tsx), with a fixed "now". */
export function call(gallery: GalleryCase, now: Date) {
  const { page, authorId, sort, period } = gallery;
  return listArtworks({ page, authorId, order: { sort, period }, now });
}

export async function measureCase(gallery: GalleryCase, now: Date, plan: { warmUps: number; runs: number }): Promise<CaseFigure> {
  for (let run = 0; run < plan.warmUps; run++) await call(gallery, now);
  const calls: number[] = [];
  const byKind = perKind((): number[] => []);
  let last: { total: number; items: number; statements: Statement[] } = { total: 0, items: 0, statements: [] };
  for (let run = 0; run < plan.runs; run++) {
    const started = performance.now();
    const { result, statements } = await capture(() => call(gallery, now));
    calls.push(performance.now() - started);
    const spent = perKind(() => 0);
    for (const statement of statements) spent[kindOf(statement.sql)] += statement.ms;
    for (const kind of STATEMENT_KINDS) byKind[kind].push(spent[kind]);
    last = { total: result.total, items: result.items.length, statements };
  }
  return {
    gallery,
    total: last.total,
    items: last.items,
    call: distribution(calls),
    statements: perKind((kind) => distribution(byKind[kind])),
    sample: last.statements,
    pagePlan: planSummary(await explainPage(last.statements)),
  };
}

// ---------------------------------------------------------------- plans

export type Plan = { kind: StatementKind; sql: string; args: unknown[]; lines: PlanLine[]; flags: string[] };

const TABLES = ["Artwork", "User", "ArtworkVariant", "Comment", "Rating"];

/**
 * Rows sorted instead of read in index order: SQLite's temporary B-tree, a
 * PostgreSQL Sort node (PostgreSQL plans read as in dialect.ts's postgresPlanLines).
 */
const SORTS = /USE TEMP B-TREE FOR ORDER BY|^(Incremental )?Sort\b/;
/** A whole table read without an index: SQLite's SCAN, PostgreSQL's Seq Scan. */
const TABLE_SCAN = /^(?:SCAN (?:main\.)?(\w+)$|Seq Scan on (\w+))/;

/**
 * What would make a gallery query slow as the tables grow: sorting rows
 * instead of reading them in index order, or reading a whole table without
 * an index.
 */
export function planFlags(lines: PlanLine[], tables: readonly string[] = TABLES): string[] {
  const flags: string[] = [];
  for (const { detail, tableRows } of lines) {
    const sorted = SORTS.exec(detail)?.[0];
    if (sorted) flags.push(sorted);
    const [, sqliteTable, postgresTable] = TABLE_SCAN.exec(detail) ?? [];
    const scanned = sqliteTable ?? postgresTable;
    if (scanned && tables.includes(scanned) && (tableRows ?? Infinity) > SMALL_TABLE_ROWS)
      flags.push(`full scan of ${scanned} without an index`);
  }
  return flags;
}

export async function explainAll(statements: Statement[]): Promise<Plan[]> {
  const plans: Plan[] = [];
  for (const statement of statements) {
    const lines = await explain(statement);
    plans.push({ kind: kindOf(statement.sql), sql: statement.sql, args: statement.args, lines, flags: planFlags(lines) });
  }
  return plans;
}

/** "topScore_id_createdAt", or "createdAt_id + sort": the indexes a plan reads and whether it sorts, for a table column. */
export function planSummary(lines: PlanLine[]): string {
  const indexes = lines.flatMap((line) => /(?:USING (?:COVERING )?INDEX|using) Artwork_(\w+?)_idx/.exec(line.detail)?.[1] ?? []);
  const sorted = lines.some((line) => SORTS.test(line.detail));
  return `${indexes.join(", ") || "no index"}${sorted ? " + sort" : ""}`;
}

/** The plan of the page query among one call's statements. */
async function explainPage(statements: Statement[]): Promise<PlanLine[]> {
  const page = statements.find((statement) => kindOf(statement.sql) === "page");
  if (!page) throw new Error("listArtworks sent no page query");
  return explain(page);
}

/** A statement without its quoting, schema prefix and column list, so the WHERE / ORDER BY / LIMIT can be read at a glance. */
export function condense(sql: string): string {
  const plain = sql
    .replaceAll("`main`.", "")
    .replaceAll('"public".', "")
    .replace(/[`"]/g, "")
    .replace(/\s+/g, " ")
    .replace(/\b(Artwork|User|ArtworkVariant|Comment)\.(\w+)/g, "$2");
  // A single column (the page query's id) reads better than "<1 columns>".
  return plain.replace(/^SELECT (?!COUNT)(.+?) FROM /, (select, columns: string) =>
    columns.includes(",") ? `SELECT <${columns.split(",").length} columns> FROM ` : select,
  );
}

/** A plan's rows as the sqlite3 shell draws EXPLAIN QUERY PLAN: children indented under their parent. */
export function drawPlan(lines: PlanLine[]): string[] {
  const depth = new Map<number, number>([[0, 0]]);
  return lines.map((line) => {
    const level = (depth.get(line.parent) ?? 0) + 1;
    depth.set(line.id, level);
    return `${"   ".repeat(level - 1)}|--${line.detail}`;
  });
}

/** The bound values, with ids shortened: the period's date, LIMIT and OFFSET are what matter here. */
export function describeArgs(args: unknown[]): string {
  return args.map((arg) => (typeof arg === "string" && /^c[a-z0-9]{24}$/.test(arg) ? "<id>" : JSON.stringify(arg))).join(", ");
}
