/**
 * The gallery query timed through the real listArtworks, with each SQL
 * statement it sends timed at the driver, and the plans of those statements.
 * Imports lib/db: load with `await import()` after the workspace is set up.
 */
import { listArtworks } from "@/lib/art/queries";
import type { Period, Sort } from "@/lib/validation/gallery-order";
import { distribution, type Distribution } from "../stats";
import type { PlanLine, Statement, StatementRecorder } from "./recording-adapter";

export type GalleryCase = { scope: "gallery" | "profile"; sort: Sort; period: Period; page: number; authorId?: string };

/** What listArtworks sends: COUNT(*), the page of artworks, then the page's authors, thumbnails and comment counts. */
export const STATEMENT_KINDS = ["count", "page", "authors", "thumbnails", "comments"] as const;
export type StatementKind = (typeof STATEMENT_KINDS)[number];

export type CaseFigure = {
  gallery: GalleryCase;
  /** Matching artworks (the count) and cards on the page, to show the page was not empty. */
  total: number;
  items: number;
  /** The whole listArtworks call. */
  call: Distribution;
  /** Driver time of each kind of statement per call; "other" is authors + thumbnails + comments. */
  statements: Record<StatementKind | "other", Distribution>;
  /** The statements of the last call, for EXPLAIN. */
  sample: Statement[];
  /** What the page query read, from its plan: see planSummary(). */
  pagePlan: string;
};

/** A record with one entry per statement kind. */
function perKind<T>(make: (kind: StatementKind) => T): Record<StatementKind, T> {
  return { count: make("count"), page: make("page"), authors: make("authors"), thumbnails: make("thumbnails"), comments: make("comments") };
}

const TABLE_KIND: Record<string, StatementKind> = { Artwork: "page", User: "authors", ArtworkVariant: "thumbnails", Comment: "comments" };

/** Sorts a statement by the table it reads; Prisma wraps the count in a subquery, so that one goes by its COUNT. */
export function kindOf(sql: string): StatementKind {
  if (/^SELECT COUNT\(\*\)[^,]* FROM \(/.test(sql)) return "count";
  const table = /\bFROM\s+(?:[`"]?main[`"]?\.)?[`"]?(\w+)/.exec(sql)?.[1] ?? "";
  const kind = TABLE_KIND[table];
  if (!kind) throw new Error(`listArtworks sent a statement this benchmark does not know: ${sql}`);
  return kind;
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

export async function measureCase(gallery: GalleryCase, recorder: StatementRecorder, now: Date, plan: { warmUps: number; runs: number }): Promise<CaseFigure> {
  for (let run = 0; run < plan.warmUps; run++) await call(gallery, now);
  const calls: number[] = [];
  const byKind = perKind((): number[] => []);
  let last: { total: number; items: number; statements: Statement[] } = { total: 0, items: 0, statements: [] };
  for (let run = 0; run < plan.runs; run++) {
    const started = performance.now();
    const { result, statements } = await recorder.capture(() => call(gallery, now));
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
    statements: {
      ...perKind((kind) => distribution(byKind[kind])),
      other: distribution(calls.map((_, run) => byKind.authors[run] + byKind.thumbnails[run] + byKind.comments[run])),
    },
    sample: last.statements,
    pagePlan: planSummary(await explainPage(last.statements, recorder)),
  };
}

// ---------------------------------------------------------------- the two plans of a period page

const SORT_INDEX: Record<Sort, string> = { new: "Artwork_createdAt_id_idx", top: "Artwork_topScore_id_idx", most: "Artwork_ratingCount_id_idx", hot: "Artwork_hotScore_id_idx" };

export type Alternatives = { planner: number; sortIndex: number; createdAtIndex: number };

/**
 * A period page's query timed on the driver as the planner runs it and with
 * each candidate index forced (INDEXED BY): what the planner's choice costs
 * against the other one, for this period's size and this page.
 */
export async function timeAlternatives(figure: CaseFigure, recorder: StatementRecorder, runs: number): Promise<Alternatives> {
  const page = figure.sample.find((statement) => kindOf(statement.sql) === "page");
  if (!page) throw new Error(`${label(figure.gallery)} sent no page query`);
  const forced = (index: string) => {
    const sql = page.sql.replace("FROM `main`.`Artwork` ", `FROM \`main\`.\`Artwork\` INDEXED BY \`${index}\` `);
    if (sql === page.sql) throw new Error(`could not force an index into: ${page.sql}`);
    return { ...page, sql };
  };
  const p50 = async (statement: typeof page) => {
    const times: number[] = [];
    for (let run = 0; run < runs; run++) times.push(await recorder.time(statement));
    return distribution(times).p50;
  };
  return { planner: await p50(page), sortIndex: await p50(forced(SORT_INDEX[figure.gallery.sort])), createdAtIndex: await p50(forced(SORT_INDEX.new)) };
}

// ---------------------------------------------------------------- plans

export type Plan = { kind: StatementKind; sql: string; args: unknown[]; lines: PlanLine[]; flags: string[] };

const TABLES = ["Artwork", "User", "ArtworkVariant", "Comment", "Rating"];

/**
 * What would make a gallery query slow as the tables grow: sorting rows in a
 * temporary B-tree instead of reading them in index order, or reading a
 * whole table without an index.
 */
export function planFlags(lines: PlanLine[]): string[] {
  const flags: string[] = [];
  for (const { detail } of lines) {
    if (detail.includes("USE TEMP B-TREE FOR ORDER BY")) flags.push("USE TEMP B-TREE FOR ORDER BY");
    const scanned = /^SCAN (?:main\.)?(\w+)$/.exec(detail)?.[1];
    if (scanned && TABLES.includes(scanned)) flags.push(`full SCAN ${scanned} without an index`);
  }
  return flags;
}

export async function explainAll(statements: Statement[], recorder: StatementRecorder): Promise<Plan[]> {
  const plans: Plan[] = [];
  for (const statement of statements) {
    const lines = await recorder.explain(statement);
    plans.push({ kind: kindOf(statement.sql), sql: statement.sql, args: statement.args, lines, flags: planFlags(lines) });
  }
  return plans;
}

/** "createdAt_id + TEMP B-TREE": the indexes a plan reads and whether it sorts, for a table column. */
export function planSummary(lines: PlanLine[]): string {
  const indexes = lines.flatMap((line) => /USING (?:COVERING )?INDEX Artwork_(\w+?)_idx/.exec(line.detail)?.[1] ?? []);
  const sorted = lines.some((line) => line.detail.includes("USE TEMP B-TREE FOR ORDER BY"));
  return `${indexes.join(", ") || "no index"}${sorted ? " + TEMP B-TREE" : ""}`;
}

/** The plan of the page query among one call's statements. */
async function explainPage(statements: Statement[], recorder: StatementRecorder): Promise<PlanLine[]> {
  const page = statements.find((statement) => kindOf(statement.sql) === "page");
  if (!page) throw new Error("listArtworks sent no page query");
  return recorder.explain(page);
}

/** Prisma's SQL without its quoting, schema prefix and column list, so the WHERE / ORDER BY / LIMIT can be read at a glance. */
export function condense(sql: string): string {
  const plain = sql.replaceAll("`main`.", "").replaceAll("`", "").replace(/\b(Artwork|User|ArtworkVariant|Comment)\.(\w+)/g, "$2");
  return plain.replace(/^SELECT (?!COUNT)(.+?) FROM /, (_, columns: string) => `SELECT <${columns.split(",").length} columns> FROM `);
}

/** EXPLAIN QUERY PLAN's rows as the sqlite3 shell draws them: children indented under their parent. */
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
