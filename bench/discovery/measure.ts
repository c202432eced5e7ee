/**
 * Times a discovery list the way its page loads it: the feature's own
 * functions (its id query, with the viewer's mutes and blocks in its SQL,
 * and the cards for those ids), each statement timed at the driver and told
 * apart by its SQL; and the plan of every statement but the cards',
 * flagged where it would sort or read a table whole.
 * Imports lib/db: load with `await import()` after the workspace is set up.
 */
import { artworkCards } from "@/lib/art/cards";
import { drawPlan, condense, describeArgs, planFlags } from "../ratings/gallery";
import { capture, explain, type PlanLine, type Statement } from "../ratings/statements";
import { distribution, type Distribution } from "../support/stats";
import type { Kind } from "./targets";

/**
 * One list page as its route loads it: `load` calls the feature's own
 * functions (its id query, and its cards, through the function itself or
 * artworkCards as the route does) and answers how many cards it got.
 */
/**
 * `sortsBy`: why this page's plans sort, where sorting is what the page does
 * (a search ranks its matches); its sorts are then reported as such, not
 * flagged. A table read whole is flagged all the same.
 */
export type ListCase = { kind: Kind; label: string; load: () => Promise<number>; sortsBy?: string };

export type Plan = { sql: string; args: unknown[]; lines: PlanLine[]; flags: string[] };

/**
 * What a page's statements are, by their SQL: the feature's raw statements
 * (its page of ids, its COUNT for the page count), the cards' one statement,
 * and any Prisma read (the feed's followed artists).
 */
export const STATEMENT_KINDS = ["ids", "count", "cards", "other"] as const;
export type StatementKind = (typeof STATEMENT_KINDS)[number];

/** Prisma names the schema in its own SQL (`main`.`Artwork`, "public"."Artwork"); the features' raw SQL does not. */
const PRISMA_SQL = /(`main`\.`\w+`|"public"\."\w+")/;
/** The cards by id (artworkCards in lib/art/cards.ts): the only statement that joins each artwork's thumbnail files. */
const CARD_READ = /JOIN "ArtworkVariant" v ON v\."artworkId" = a\."id"/;

export function kindOf(sql: string): StatementKind {
  if (CARD_READ.test(sql)) return "cards";
  if (PRISMA_SQL.test(sql)) return "other";
  return /^\s*SELECT COUNT\(\*\)/i.test(sql) ? "count" : "ids";
}

export type CaseFigure = {
  kind: Kind;
  label: string;
  /** Cards on the page (the last run's), to show it was not empty. */
  items: number;
  /** The whole load, and the driver's time of each kind of statement in it. */
  page: Distribution;
  /**
   * This process's CPU time per load: on SQLite all of the work (its
   * statements run in this thread), on PostgreSQL the client's share. Unlike
   * the wall time it does not grow while the load waits for a busy machine.
   */
  cpu: Distribution;
  sql: Record<StatementKind, Distribution>;
  statements: number;
  /** The plans of every statement but the cards' (the same for every list: see cardPlans). */
  plans: Plan[];
  sortsBy?: string;
};

/** Tables whose whole read is flagged on PostgreSQL (by name; SQLite's plans name a table by its alias, see below). */
const TABLES = [
  "Artwork",
  "ArtworkTag",
  "Tag",
  "User",
  "Follow",
  "Block",
  "MutedTag",
  "Favourite",
  "ArtworkSearch",
  "ArtworkVariant",
  "Comment",
];
/** planFlags flags SQLite's sort for ORDER BY; one for GROUP BY, DISTINCT or the last terms of an ORDER BY sorts as well. */
const OTHER_TEMP_B_TREE = /USE TEMP B-TREE FOR (?!ORDER BY$).+/;
/** SQLite reading a table whole: "SCAN <table or alias>" with no index after it (a virtual table's SCAN names its index). */
const SQLITE_SCAN = /^SCAN (?:main\.)?(\w+)$/;
/** What SQLite builds from a subquery and then reads whole, rightly: "CO-ROUTINE x", "MATERIALIZE x". */
const SUBQUERY = /^(?:CO-ROUTINE|MATERIALIZE) (\w+)/;

/**
 * The flags of one plan. On SQLite any table read whole is flagged, under
 * its alias too (the viewer filter's "viewerBlock" is the Block table), but
 * not a subquery's own rows, which SQLite reads back whole by design.
 */
export function flagsOf(lines: PlanLine[]): string[] {
  const subqueries = new Set(lines.flatMap((line) => SUBQUERY.exec(line.detail)?.[1] ?? []));
  const aliasScans = lines.flatMap((line) => {
    const name = SQLITE_SCAN.exec(line.detail)?.[1];
    return name && !subqueries.has(name) && !TABLES.includes(name) ? [`full scan of ${name} without an index`] : [];
  });
  const others = lines.flatMap((line) => OTHER_TEMP_B_TREE.exec(line.detail)?.[0] ?? []);
  return [...planFlags(lines, TABLES), ...aliasScans, ...others];
}

/** Prisma's answer to an empty list of ids: a statement that reads nothing, whatever its plan says. */
const READS_NOTHING = /\bWHERE 1=0\b/;

async function planOf(statement: Statement): Promise<Plan> {
  const lines = await explain(statement);
  return { sql: statement.sql, args: statement.args, lines, flags: READS_NOTHING.test(statement.sql) ? [] : flagsOf(lines) };
}

export async function measureCase(item: ListCase, plan: { warmUps: number; runs: number }): Promise<CaseFigure> {
  for (let run = 0; run < plan.warmUps; run++) await item.load();
  const pages: number[] = [];
  const cpu: number[] = [];
  const sql = Object.fromEntries(STATEMENT_KINDS.map((kind) => [kind, [] as number[]])) as Record<StatementKind, number[]>;
  let last: { items: number; statements: Statement[] } = { items: 0, statements: [] };
  for (let run = 0; run < plan.runs; run++) {
    const started = performance.now();
    const cpuBefore = process.cpuUsage();
    const { result, statements } = await capture(item.load);
    pages.push(performance.now() - started);
    const used = process.cpuUsage(cpuBefore);
    cpu.push((used.user + used.system) / 1000);
    for (const kind of STATEMENT_KINDS)
      sql[kind].push(statements.filter((statement) => kindOf(statement.sql) === kind).reduce((sum, each) => sum + each.ms, 0));
    last = { items: result, statements };
  }
  // An empty page would measure nothing: the seed must give every case something to show.
  if (last.items === 0) throw new Error(`${item.kind}: ${item.label} answered no cards`);
  const plans: Plan[] = [];
  for (const statement of last.statements) if (kindOf(statement.sql) !== "cards") plans.push(await planOf(statement));
  return {
    kind: item.kind,
    label: item.label,
    items: last.items,
    page: distribution(pages),
    cpu: distribution(cpu),
    sql: Object.fromEntries(STATEMENT_KINDS.map((kind) => [kind, distribution(sql[kind])])) as Record<StatementKind, Distribution>,
    statements: last.statements.length,
    plans,
    sortsBy: item.sortsBy,
  };
}

/** The plans of the cards' statements, once: the same for every list. */
export async function cardPlans(ids: string[]): Promise<Plan[]> {
  const { statements } = await capture(() => artworkCards(ids));
  const plans: Plan[] = [];
  for (const statement of statements) plans.push(await planOf(statement));
  return plans;
}

/** PostgreSQL writes a bound list of ids out in full in its conditions: its length says enough. */
function shortenIdLists(line: string): string {
  return line.replace(/'\{([^}]*)\}'::text\[\]/g, (_, ids: string) => `'{<${ids.split(",").length} ids>}'::text[]`);
}

/** A plan as the report prints it: the statement condensed, its bound values, the plan drawn, and its flags. */
export function planText(plan: Plan): string[] {
  return [
    `${condense(plan.sql)}`,
    `  bound: ${describeArgs(plan.args)}`,
    ...drawPlan(plan.lines).map((line) => `  ${shortenIdLists(line)}`),
    ...plan.flags.map((flag) => `  ^ FLAG: ${flag}`),
  ];
}
