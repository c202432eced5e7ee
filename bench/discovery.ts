/**
 * `npm run bench:discovery [-- --database sqlite|postgresql|both] [-- --quick]`:
 * the figures asked for in the discovery issue, on this machine, in-process
 * (no server), as one member who follows 500 artists, mutes tags, blocks and
 * is blocked (so those conditions are in every statement):
 *   - search (a common word, a rare word, a prefix, a phrase, an exclusion,
 *     an accented word; page 1): target p95 ≤ 30 ms;
 *   - a tag page (a popular and a middling tag, new/top/faves with a period,
 *     page 1 and a later page): target p95 ≤ 20 ms;
 *   - the following feed (first page, and a page through its cursor; and a
 *     member following 30 artists who last posted long ago): target p95 ≤ 20 ms;
 *   - the plan of every statement those send, flagged where it sorts or reads a table whole.
 * The database holds 10,000 members, 100,000 artworks, 20,000 tags, 200,000
 * follows and 300,000 favourites, on throwaway storage (SQLite, the default,
 * or a throwaway PostgreSQL cluster), removed at the end; `both` runs each in
 * turn and prints their figures side by side.
 */
import { writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import type { DiscoverySeed, DiscoverySeedPlan } from "./discovery/seed";
import { restoreSeed, seedKey } from "./discovery/seed-cache";
import type { CaseFigure, Plan } from "./discovery/measure";
import { isSortFlag, KINDS, TARGET_P95_MS, type Kind } from "./discovery/targets";
import { DATABASE_LABEL, DATABASES, startBenchPostgres, type DatabaseName } from "./support/database";
import { runOnEachDatabase } from "./support/per-database";
import { onCleanup } from "./support/processes";
import { QUICK, sized, verdict } from "./support/quick";
import { runBenchmark } from "./support/run";
import { heading, ms, seconds, table } from "./support/stats";
import { setUpWorkspace } from "./support/workspace";

const { values: flags } = parseArgs({
  options: {
    quick: { type: "boolean", default: false },
    database: { type: "string", default: "sqlite" },
    figures: { type: "string" },
    "fresh-seed": { type: "boolean", default: false },
  },
});
if (flags.database !== "both" && !DATABASES.includes(flags.database as DatabaseName))
  throw new Error(`--database takes ${DATABASES.join(", ")} or both, not ${flags.database}`);
const BOTH = flags.database === "both";
const DATABASE = BOTH ? "sqlite" : (flags.database as DatabaseName);

const SEED: DiscoverySeedPlan = sized(
  {
    members: 10_000,
    artists: 4_000,
    artworks: 100_000,
    ratings: 300_000,
    ageDays: 730,
    tags: 20_000,
    follows: 200_000,
    measuredFollows: 500,
    favourites: 300_000,
    hiddenShare: 0.03,
    bannedShare: 0.01,
  },
  {
    members: 400,
    artists: 150,
    artworks: 3_000,
    ratings: 9_000,
    ageDays: 730,
    tags: 600,
    follows: 4_000,
    measuredFollows: 80,
    favourites: 9_000,
    hiddenShare: 0.03,
    bannedShare: 0.01,
  },
);
/** The later page of a popular tag's list and of the feed: far enough that OFFSET or the cursor has rows to skip. */
const DEEP_PAGE = sized(50, 5);
// 30 calls: a popular tag's page took seconds a call on the loaded machine; more would stretch the run past ten minutes.
const RUNS = sized({ warmUps: 3, runs: 30 }, { warmUps: 1, runs: 3 });
/** Stops a hung run (and still cleans up) well after a normal one would have finished; both runs in turn get twice that. */
const WATCHDOG_MS = (BOTH ? 24 : 12) * 60_000;

/** What one run hands the side-by-side table. */
type Figures = {
  database: DatabaseName;
  seededMs: number;
  cases: { kind: Kind; label: string; items: number; page: { p50: number; p95: number } }[];
  flagged: { label: string; flags: string[] }[];
  load: number;
};

const count = (value: number) => value.toLocaleString("en");

/** seededCpuMs: this process's CPU time while seeding (all of SQLite's work; on PostgreSQL only the client's), a figure the machine's load does not inflate. */
type Seeded = DiscoverySeed & { seededMs: number; seededCpuMs: number };

async function seed(cacheKey: string | undefined): Promise<Seeded> {
  heading(
    `Seeding ${count(SEED.artworks)} artworks, ${count(SEED.tags)} tags and ${count(SEED.follows)} follows on ${DATABASE_LABEL[DATABASE]}`,
  );
  const { hashPassword } = await import("@/lib/auth/password");
  const { seedDiscovery } = await import("./discovery/seed");
  const started = performance.now();
  const cpu = process.cpuUsage();
  // One real Argon2id hash shared by every member: nobody logs in with them.
  const result = { ...(await seedDiscovery(SEED, await hashPassword("bench members never log in"))), seededMs: 0, seededCpuMs: 0 };
  result.seededMs = performance.now() - started;
  const used = process.cpuUsage(cpu);
  result.seededCpuMs = (used.user + used.system) / 1000;
  describeSeed(result);
  if (cacheKey) {
    const { db } = await import("@/lib/db");
    const { storeSeed, SEED_CACHE_FOLDER } = await import("./discovery/seed-cache");
    const storing = performance.now();
    await storeSeed(cacheKey, result, (sql) => db.$executeRawUnsafe(sql));
    console.log(`  kept for the next run in ${SEED_CACHE_FOLDER} (version ${cacheKey}, ${seconds(performance.now() - storing)})`);
  }
  return result;
}

/** The cached seed, checked again: every counter and copy against its rows. */
async function restored(seeded: Seeded, cacheKey: string, restoreMs: number): Promise<Seeded> {
  heading(`The seed of an earlier run (version ${cacheKey}), restored in ${seconds(restoreMs)}; --fresh-seed seeds afresh`);
  const { checkConsistency, searchChecks } = await import("./discovery/bulk");
  describeSeed({ ...seeded, checks: await checkConsistency(await searchChecks(path.resolve(import.meta.dirname, ".."))) });
  return seeded;
}

function describeSeed(result: Seeded): void {
  const rows = Object.entries(result.rows).map(([name, value]) => `${count(value)} ${name}`);
  console.log(`  ${rows.join(", ")}`);
  const steps = Object.entries(result.ms).map(([step, time]) => `${step} ${seconds(time)}`);
  console.log(`  ${steps.join(", ")}: seeded in ${seconds(result.seededMs)} (${seconds(result.seededCpuMs)} of this process's CPU)`);
  console.log(`  exact (each counted from its rows): ${result.checks.join(", ")}`);
  const [popular, middling] = [result.tags[0], result.tags[Math.min(100, result.tags.length - 1)]];
  console.log(`  tags: #${popular.name} on ${count(popular.uses)} artworks, #${middling.name} (the 101st) on ${count(middling.uses)}`);
  const { measured } = result;
  console.log(
    `  measured member ${measured.username}: follows ${SEED.measuredFollows} artists, mutes #${measured.mutedTags.join(", #")},` +
      ` blocked ${measured.blocked.join(", ")}, blocked by ${measured.blockedBy.join(", ")}`,
  );
}

function printFigures(figures: CaseFigure[]): void {
  heading("Discovery lists, in-process, as the measured member");
  console.log(
    `  ${RUNS.runs} calls each after ${RUNS.warmUps} warm-ups, one at a time. A call loads the page as its route does, through the`,
  );
  console.log("  feature's own functions: its page of ids (and its COUNT where the list shows page numbers), then the cards for");
  console.log("  those ids (artworkCards). The SQL columns are the driver's time of each kind of statement in a call (p95 of the");
  console.log('  per-call sums): "other" is any other read (the feed\'s followed artists). "CPU" is this process\'s CPU time per call');
  console.log(
    `  (${DATABASE === "sqlite" ? "all of SQLite's work" : "the client's share; the server's is not in it"}), which the machine's load does not inflate.`,
  );
  console.log("  The target is judged on the wall time of the whole call.\n");
  const rows = figures.map((figure) => [
    `${figure.kind}: ${figure.label}`,
    String(figure.items),
    ms(figure.page.p50),
    ms(figure.page.p95),
    ms(figure.page.max),
    ms(figure.cpu.p95),
    ms(figure.sql.ids.p95),
    figure.sql.count.max > 0 ? ms(figure.sql.count.p95) : "-",
    ms(figure.sql.cards.p95),
    figure.sql.other.max > 0 ? ms(figure.sql.other.p95) : "-",
    `≤ ${TARGET_P95_MS[figure.kind]} ms`,
    verdict(figure.page.p95 <= TARGET_P95_MS[figure.kind]),
    String(figure.plans.reduce((sum, plan) => sum + plan.flags.length, 0) || ""),
  ]);
  console.log(
    table(
      ["page", "cards", "p50", "p95", "max", "CPU p95", "ids SQL", "COUNT SQL", "cards SQL", "other SQL", "target", "p95", "flags"],
      rows,
    ),
  );
}

function printPlans(figures: CaseFigure[], cards: Plan[], planText: (plan: Plan) => string[]): void {
  heading("Query plans");
  for (const line of DATABASE === "sqlite" ? SQLITE_PLANS : POSTGRES_PLANS) console.log(`  ${line}`);
  const seen = new Set<string>();
  for (const figure of figures) {
    console.log(`\n  ${figure.kind}: ${figure.label}`);
    for (const plan of figure.plans) {
      // The same statement with the same plan (a later page, another word) is shown once.
      const key = plan.lines.map((line) => line.detail).join("|") + plan.sql.length;
      if (seen.has(key) && plan.flags.length === 0) {
        console.log("    (same statement and plan as above)");
        continue;
      }
      seen.add(key);
      for (const line of planText(plan)) console.log(`    ${line}`);
    }
  }
  console.log("\n  the cards for any page of ids (artworkCards)");
  for (const plan of cards) for (const line of planText(plan)) console.log(`    ${line}`);
}

const SQLITE_PLANS = [
  "EXPLAIN QUERY PLAN of each statement as the app sent it, with its bound values, on the app's connection, after ANALYZE.",
  'FLAG marks "USE TEMP B-TREE" (rows sorted or grouped, not read in index order) and a SCAN of a table without an index.',
];
const POSTGRES_PLANS = [
  "EXPLAIN (FORMAT JSON) of each statement as the app sent it, with its bound values, after VACUUM ANALYZE, one node a line.",
  "FLAG marks a Sort node and a Seq Scan of a table of more than 10,000 rows.",
];

function summaryRows(figures: CaseFigure[]): string[][] {
  return KINDS.map((kind) => {
    const mine = figures.filter((figure) => figure.kind === kind);
    if (mine.length === 0) return [kind, "not measured", `≤ ${TARGET_P95_MS[kind]} ms`, "n/a"];
    const worst = mine.reduce((a, b) => (a.page.p95 >= b.page.p95 ? a : b));
    return [
      kind,
      `${ms(worst.page.p95)} (${worst.label})`,
      `≤ ${TARGET_P95_MS[kind]} ms`,
      verdict(mine.every((figure) => figure.page.p95 <= TARGET_P95_MS[kind])),
    ];
  });
}

function figuresOf(result: { seededMs: number }, figures: CaseFigure[]): Figures {
  return {
    database: DATABASE,
    seededMs: result.seededMs,
    cases: figures.map(({ kind, label, items, page }) => ({ kind, label, items, page: { p50: page.p50, p95: page.p95 } })),
    flagged: figures.flatMap((figure) =>
      figure.plans.flatMap((plan) => {
        const flags = figure.sortsBy ? plan.flags.filter((flag) => !isSortFlag(flag)) : plan.flags;
        return flags.length > 0 ? [{ label: `${figure.kind}: ${figure.label}`, flags }] : [];
      }),
    ),
    load: os.loadavg()[0],
  };
}

function printSideBySide(runs: Figures[]): void {
  const names = runs.map((run) => DATABASE_LABEL[run.database]);
  heading(`Side by side: ${names.join(" and ")}`);
  console.log("  p50 / p95 of each page (ids + cards); the verdicts in the same order as the columns.\n");
  const rows = runs[0].cases.map((item) => {
    const each = runs.map((run) => run.cases.find((other) => other.kind === item.kind && other.label === item.label));
    return [
      `${item.kind}: ${item.label}`,
      ...each.map((entry) => (entry ? `${ms(entry.page.p50)} / ${ms(entry.page.p95)}` : "n/a")),
      `≤ ${TARGET_P95_MS[item.kind]} ms`,
      each.map((entry) => verdict(entry !== undefined && entry.page.p95 <= TARGET_P95_MS[item.kind])).join(" / "),
    ];
  });
  console.log(
    table(
      ["page", ...names.map((name) => `${name} p50 / p95`), "target", names.join(" / ")],
      [
        ["seeded in", ...runs.map((run) => seconds(run.seededMs)), "", ""],
        ...rows,
        [
          "flagged plans",
          ...runs.map((run) => String(run.flagged.length)),
          "none",
          runs.map((run) => verdict(run.flagged.length === 0)).join(" / "),
        ],
        ["load average at the end", ...runs.map((run) => run.load.toFixed(2)), "", ""],
      ],
    ),
  );
}

async function main(): Promise<void> {
  const started = performance.now();
  if (BOTH) {
    printSideBySide(
      await runOnEachDatabase<Figures>("bench:discovery", [
        ...(flags.quick ? ["--quick"] : []),
        ...(flags["fresh-seed"] ? ["--fresh-seed"] : []),
      ]),
    );
    console.log(`\nbench:discovery on both databases finished in ${seconds(performance.now() - started)}`);
    return;
  }
  const repoRoot = path.resolve(import.meta.dirname, "..");
  const databaseUrl = DATABASE === "postgresql" ? await startBenchPostgres() : undefined;
  // The origin is only a placeholder for AUTH_URL: nothing is served.
  const workspace = setUpWorkspace(repoRoot, "http://127.0.0.1:3000", databaseUrl);
  // A quick seed takes seconds: only the full one is kept, so a quick run (CI's) never replaces it.
  const cacheKey = DATABASE === "sqlite" && !QUICK ? seedKey(repoRoot, SEED) : undefined;
  const restoring = performance.now();
  const cached = cacheKey && !flags["fresh-seed"] ? restoreSeed(cacheKey, workspace.databaseFile) : undefined;
  const restoreMs = performance.now() - restoring;
  // Only now: lib/db reads DATABASE_URL when first imported.
  const { db } = await import("@/lib/db");
  onCleanup(() => db.$disconnect());

  const result = cached && cacheKey ? await restored(cached as Seeded, cacheKey, restoreMs) : await seed(cacheKey);
  const measure = await import("./discovery/measure");
  const { discoveryCases } = await import("./discovery/cases");
  const cases = await discoveryCases(result, DEEP_PAGE);
  // One call of every case first: the first call of each query shape pays for Prisma's compiler and cold pages.
  for (const item of cases) await item.load();
  const figures: CaseFigure[] = [];
  for (const item of cases) figures.push(await measure.measureCase(item, RUNS));
  printFigures(figures);
  printPlans(figures, await measure.cardPlans(result.sampleIds), measure.planText);

  heading("Summary");
  console.log(table(["list", "worst page p95", "target", "result"], summaryRows(figures)));
  const flagged = figuresOf(result, figures).flagged;
  console.log(
    `\n  plans flagged: ${flagged.length === 0 ? "none" : flagged.map((entry) => `${entry.label} (${entry.flags.join(", ")})`).join("; ")}`,
  );
  const byDesign = new Set(
    figures.flatMap((figure) => (figure.sortsBy && figure.plans.some((plan) => plan.flags.some(isSortFlag)) ? [figure.sortsBy] : [])),
  );
  for (const reason of byDesign) console.log(`  sorts by design, not flagged: ${reason}`);
  const [load] = os.loadavg();
  console.log(`  load average at the end: ${load.toFixed(2)} on ${os.availableParallelism()} cores`);
  if (flags.figures) writeFileSync(flags.figures, JSON.stringify(figuresOf(result, figures)));
  console.log(`\nbench:discovery on ${DATABASE_LABEL[DATABASE]} finished in ${seconds(performance.now() - started)}`);
}

runBenchmark("bench:discovery", main, WATCHDOG_MS);
