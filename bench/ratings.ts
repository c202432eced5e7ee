/**
 * `npm run bench:ratings [-- --database sqlite|postgresql|both]`: the figures
 * asked for in the ratings issue, on this machine, in-process (no server):
 *   - the gallery query (listArtworks) for every sort and period at page 1
 *     and page 100, and an artist's profile at page 1 and 10 (target p95 ≤ 20 ms);
 *   - a rating write (rateArtwork), one at a time (target p95 ≤ 10 ms), and
 *     50 at once on one artwork, whose totals must stay exact;
 *   - the query plan of every statement those galleries send: the page query
 *     reads its order's index (named with INDEXED BY on SQLite), so none may sort or scan a table.
 * The database holds 100,000 artworks and 1,000,000 ratings, on throwaway
 * storage under the system temp folder (SQLite, the default, or a throwaway
 * PostgreSQL cluster), removed at the end. `both` runs each in turn and
 * prints their figures side by side.
 */
import { writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { PAGES_COUNTED_AHEAD } from "@/lib/paging/page";
import type { CaseFigure, GalleryCase, Plan } from "./ratings/gallery";
import type { RatingsSeed } from "./ratings/seed-ratings";
import { TARGET_GALLERY_P95_MS, TARGET_WRITE_P95_MS, runSideBySide, type RatingsFigures } from "./ratings/side-by-side";
import { WORDING } from "./ratings/wording";
import type { BurstFigures, WriteFigures } from "./ratings/writes";
import { DATABASE_LABEL, DATABASES, startBenchPostgres, type DatabaseName } from "./support/database";
import { onCleanup } from "./support/processes";
import { QUICK, sized, verdict } from "./support/quick";
import { standInRealtimeServer } from "./support/realtime-stand-in";
import { runBenchmark } from "./support/run";
import { distribution, heading, ms, seconds, table } from "./support/stats";
import { setUpWorkspace } from "./support/workspace";

const { values: flags } = parseArgs({
  options: { quick: { type: "boolean", default: false }, database: { type: "string", default: "sqlite" }, figures: { type: "string" } },
});
if (flags.database !== "both" && !DATABASES.includes(flags.database as DatabaseName))
  throw new Error(`--database takes ${DATABASES.join(", ")} or both, not ${flags.database}`);
const BOTH = flags.database === "both";
const DATABASE = BOTH ? "sqlite" : (flags.database as DatabaseName);
const SAY = WORDING[DATABASE];
const SEED = sized(
  { members: 2_000, artists: 500, artworks: 100_000, ratings: 1_000_000, unratedShare: 0.3, maxRatingsPerArtwork: 1_200, ageDays: 90 },
  // Enough artworks that a day's gallery still reaches the deep page.
  { members: 300, artists: 50, artworks: 3_000, ratings: 30_000, unratedShare: 0.3, maxRatingsPerArtwork: 250, ageDays: 90 },
);
/** Sized so the whole run stays well under 5 minutes on the 2-core machine. */
const GALLERY = sized({ warmUps: 5, runs: 60 }, { warmUps: 1, runs: 3 });
const DEEP_PAGE = sized(100, 5);
const PROFILE_DEEP_PAGE = sized(10, 3);
const WRITES = sized({ warmUps: 20, writes: 500 }, { warmUps: 2, writes: 20 });
const BURST = sized({ writes: 50, changes: 15 }, { writes: 10, changes: 3 });
/** Stops a hung run (and still cleans up) well after a normal one would have finished; both runs in turn get twice that. */
const WATCHDOG_MS = (BOTH ? 20 : 10) * 60_000;

type Gallery = typeof import("./ratings/gallery");
type Statements = typeof import("./ratings/statements");
type Report = {
  seed: RatingsSeed;
  cases: CaseFigure[];
  writes: WriteFigures;
  burst: BurstFigures;
  plans: { name: string; plans: Plan[] }[];
};

const count = (value: number) => value.toLocaleString("en");
const percent = (part: number, whole: number) => `${((part / whole) * 100).toFixed(0)}%`;

// ---------------------------------------------------------------- seeding

async function seed(passwordHash: string): Promise<RatingsSeed & { seededMs: number }> {
  heading(`Seeding ${count(SEED.artworks)} artworks and ${count(SEED.ratings)} ratings on ${DATABASE_LABEL[DATABASE]}`);
  const { seedRatedCommunity } = await import("./ratings/seed-ratings");
  const started = performance.now();
  const result = await seedRatedCommunity(SEED, passwordHash);
  const total = performance.now() - started;
  console.log(
    `  ${count(SEED.members)} members (the first ${SEED.artists} post work), ${count(result.artworks.length)} artworks over the last ${SEED.ageDays} days,` +
      ` each with 2 THUMB WebP rows (480 and 960 wide; the files are never written), ${count(SEED.ratings)} ratings`,
  );
  const { members, artworks, ratings, aggregates, analyze } = result.ms;
  console.log(
    `  members ${seconds(members)}, artworks + variants ${seconds(artworks)}, ratings ${seconds(ratings)},` +
      ` totals and scores ${seconds(aggregates)}, ${result.settled} ${seconds(analyze)}: seeded in ${seconds(total)}`,
  );
  await describeRatings(result);
  console.log(`  busiest artist: ${result.busiestArtist.username} with ${count(result.busiestArtist.artworks)} artworks`);
  console.log(
    `  totals and scores: one UPDATE … FROM (SELECT artworkId, COUNT(*), SUM(value) … GROUP BY artworkId);` +
      ` hotScore ${result.hotComputedIn === "SQL" ? "in the same statement (log10, sign and the epoch in seconds in SQL)" : "in JS batches (this SQLite lacks log10/sign)"}`,
  );
  console.log(
    `  scores verified on ${count(result.verified)} artworks (totals against the Rating rows, topScore/hotScore against lib/ratings/score.ts)`,
  );
  return { ...result, seededMs: total };
}

async function describeRatings(result: RatingsSeed): Promise<void> {
  const { db } = await import("@/lib/db");
  const rated = result.artworks.filter((artwork) => artwork.ratings > 0).map((artwork) => artwork.ratings);
  const shape = distribution(rated);
  const stars = await db.$queryRawUnsafe<{ value: bigint | number; n: bigint | number }[]>(
    'SELECT "value", COUNT(*) AS n FROM "Rating" GROUP BY "value" ORDER BY "value"',
  );
  const histogram = stars.map((row) => `${row.value}★ ${percent(Number(row.n), SEED.ratings)}`).join(", ");
  console.log(
    `  ratings per artwork: ${percent(result.artworks.length - rated.length, result.artworks.length)} have none; the rated ones` +
      ` p50 ${shape.p50.toFixed(0)}, p95 ${shape.p95.toFixed(0)}, p99 ${shape.p99.toFixed(0)}, max ${shape.max}; stars: ${histogram}`,
  );
}

// ---------------------------------------------------------------- gallery timings

function galleryCases(authorId: string): GalleryCase[] {
  const orders = [
    { sort: "new", period: "all" },
    ...(["top", "most"] as const).flatMap((sort) => (["all", "day", "week", "month"] as const).map((period) => ({ sort, period }))),
    { sort: "hot", period: "all" },
  ] as const;
  const main = orders.flatMap((order) => [1, DEEP_PAGE].map((page): GalleryCase => ({ scope: "gallery", ...order, page })));
  const profile = (["new", "top", "most", "hot"] as const).flatMap((sort) =>
    [1, PROFILE_DEEP_PAGE].map((page): GalleryCase => ({ scope: "profile", sort, period: "all", page, authorId })),
  );
  return [...main, ...profile];
}

async function measureGallery(gallery: Gallery, result: RatingsSeed): Promise<CaseFigure[]> {
  heading("Gallery query (listArtworks), in-process");
  console.log(
    `  ${GALLERY.runs} calls each after ${GALLERY.warmUps} warm-ups, one at a time, with the period measured from the seed's "now".`,
  );
  console.log(`  One call is a COUNT (of at most ${PAGES_COUNTED_AHEAD} pages past the page), the page query (the page's ids, on the`);
  console.log("  order's index), then one statement for the cards by id with their authors, THUMB variants and comment counts.");
  console.log("  The SQL columns are the driver's");
  console.log("  time for those statements in each call (p95 of the per-call sums).");
  console.log(`  profile = ${result.busiestArtist.username}'s ${count(result.busiestArtist.artworks)} artworks.\n`);
  // One call of every case first: the first calls of each query shape pay for Prisma's compiler and cold pages, whichever case runs first.
  for (const item of galleryCases(result.busiestArtist.id)) await gallery.call(item, result.now);
  const figures: CaseFigure[] = [];
  for (const item of galleryCases(result.busiestArtist.id)) figures.push(await gallery.measureCase(item, result.now, GALLERY));
  const rows = figures.map((figure) => [
    gallery.label(figure.gallery),
    count(figure.total),
    String(figure.items),
    ms(figure.call.p50),
    ms(figure.call.p95),
    ms(figure.call.max),
    ms(figure.statements.page.p95),
    ms(figure.statements.count.p95),
    ms(figure.statements.cards.p95),
    verdict(figure.call.p95 <= TARGET_GALLERY_P95_MS),
    figure.pagePlan,
  ]);
  console.log(
    table(
      [
        "query",
        "counted",
        "cards",
        "p50",
        "p95",
        "max",
        "page SQL p95",
        "COUNT p95",
        "cards SQL p95",
        `p95 ≤ ${TARGET_GALLERY_P95_MS} ms`,
        "page query reads (index)",
      ],
      rows,
    ),
  );
  return figures;
}

// ---------------------------------------------------------------- writes

async function measureWrites(result: RatingsSeed): Promise<WriteFigures> {
  heading("Rating writes (rateArtwork), one at a time");
  const writes = await import("./ratings/writes");
  const { randomSource } = await import("./support/seeding");
  const figures = await writes.measureWrites(writes.writePools(result.artworks), result.members, randomSource(7), WRITES);
  console.log(
    `  ${WRITES.writes} writes after ${WRITES.warmUps} warm-ups, the four kinds interleaved at random. Popular = the 100 most rated`,
  );
  console.log(
    "  artworks, unpopular = at most 3 ratings. Each rater is a member who did not make the artwork; setting a write up is untimed.\n",
  );
  console.log(
    table(
      ["write", "n", "p50", "p95", "max"],
      [
        ["all writes", String(figures.all.n), ms(figures.all.p50), ms(figures.all.p95), ms(figures.all.max)],
        ...figures.byKind.map(({ kind, ms: time }) => [
          `  ${writes.kindLabel(kind)}`,
          String(time.n),
          ms(time.p50),
          ms(time.p95),
          ms(time.max),
        ]),
      ],
    ),
  );
  console.log("\n  Inside each write (driver time of each statement of the transaction, per write):\n");
  console.log(
    table(
      ["statement", "p50", "p95", "max"],
      figures.byStatement.map(({ statement, ms: time }) => [statement, ms(time.p50), ms(time.p95), ms(time.max)]),
    ),
  );
  console.log(
    `\n  totals and scores exact afterwards on all ${figures.checked} artworks written to (against their Rating rows and score.ts)`,
  );
  return figures;
}

async function measureBurst(result: RatingsSeed): Promise<BurstFigures> {
  heading(`${BURST.writes} concurrent writes to one artwork`);
  const writes = await import("./ratings/writes");
  const { randomSource } = await import("./support/seeding");
  const artwork = writes.writePools(result.artworks).popular[1];
  const burst = await writes.concurrentBurst(artwork, result.members, randomSource(11), BURST);
  console.log(
    `  ${burst.added} new and ${burst.changed} changed ratings of an artwork with ${count(artwork.ratings)} ratings, all started in the same tick.`,
  );
  console.log(`  wall time ${ms(burst.wallMs)}; each write done after p50 ${ms(burst.latency.p50)}, max ${ms(burst.latency.max)}`);
  if (burst.failures.length > 0) console.log(`  ${burst.failures.length} writes failed: ${[...new Set(burst.failures)].join("; ")}`);
  const show = (totals: { count: number; sum: number }) => `${count(totals.count)} ratings, ${count(totals.sum)} stars`;
  console.log(`  expected ${show(burst.expected)}; stored on the artwork ${show(burst.stored)}; Rating rows ${show(burst.counted)}`);
  console.log(`  scores match score.ts: ${burst.scoresMatch ? "yes" : "no"} → totals ${burst.exact ? "exact" : "NOT exact"}`);
  return burst;
}

// ---------------------------------------------------------------- plans

function planCases(authorId: string): { name: string; gallery: GalleryCase }[] {
  const periods = ["all", "day", "week", "month"] as const;
  const main = galleryCases(authorId).filter((item) => item.scope === "gallery" && item.page === DEEP_PAGE);
  const profile = [
    ...(["new", "top", "most", "hot"] as const).map((sort): GalleryCase => ({
      scope: "profile",
      sort,
      period: "all",
      page: PROFILE_DEEP_PAGE,
      authorId,
    })),
    ...(["top", "most"] as const).flatMap((sort) =>
      periods.slice(1).map((period): GalleryCase => ({ scope: "profile", sort, period, page: 1, authorId })),
    ),
  ];
  return [...main, ...profile].map((gallery) => ({
    name: `${gallery.scope} ${gallery.sort}${gallery.period === "all" ? "" : `/${gallery.period}`}`,
    gallery,
  }));
}

function printPlan(gallery: Gallery, plan: Plan): void {
  console.log(`    ${plan.kind}: ${gallery.condense(plan.sql)}`);
  console.log(`      bound: ${gallery.describeArgs(plan.args)}`);
  for (const line of gallery.drawPlan(plan.lines)) console.log(`      ${line}`);
  for (const flag of plan.flags) console.log(`      ^ FLAG: ${flag}`);
}

async function explainGalleries(gallery: Gallery, statements: Statements, result: RatingsSeed): Promise<{ name: string; plans: Plan[] }[]> {
  heading("Query plans of the SQL listArtworks sends");
  for (const line of SAY.plansIntro) console.log(`  ${line}`);
  const explained: { name: string; plans: Plan[] }[] = [];
  let shared: Plan[] = [];
  for (const { name, gallery: item } of planCases(result.busiestArtist.id)) {
    const { statements: sent } = await statements.capture(() => gallery.call(item, result.now));
    const plans = await gallery.explainAll(sent);
    explained.push({ name, plans });
    console.log(`\n  ${name} (page ${item.page})`);
    for (const plan of plans.filter((each) => each.kind === "page" || each.kind === "count")) printPlan(gallery, plan);
    if (shared.length === 0) shared = plans.filter((each) => each.kind !== "page" && each.kind !== "count");
  }
  console.log("\n  the same for every order: the page's cards by id, with their authors, thumbnails and comment counts");
  for (const plan of shared) printPlan(gallery, plan);
  return explained;
}

// ---------------------------------------------------------------- summary

function worst(figures: CaseFigure[]): CaseFigure {
  return figures.reduce((most, figure) => (figure.call.p95 > most.call.p95 ? figure : most));
}

function summaryRows(gallery: Gallery, report: Report): string[][] {
  const groups = [
    {
      name: `gallery page 1, worst of ${report.cases.filter((f) => f.gallery.scope === "gallery" && f.gallery.page === 1).length} orders`,
      test: (f: CaseFigure) => f.gallery.scope === "gallery" && f.gallery.page === 1,
    },
    { name: `gallery page ${DEEP_PAGE}, worst`, test: (f: CaseFigure) => f.gallery.scope === "gallery" && f.gallery.page === DEEP_PAGE },
    { name: "profile page 1, worst of 4 sorts", test: (f: CaseFigure) => f.gallery.scope === "profile" && f.gallery.page === 1 },
    {
      name: `profile page ${PROFILE_DEEP_PAGE}, worst`,
      test: (f: CaseFigure) => f.gallery.scope === "profile" && f.gallery.page === PROFILE_DEEP_PAGE,
    },
  ];
  const target = `p95 ≤ ${TARGET_GALLERY_P95_MS} ms`;
  const rows = groups.map(({ name, test }) => {
    const figure = worst(report.cases.filter(test));
    return [
      `${name} (${gallery.label(figure.gallery)})`,
      `p95 ${ms(figure.call.p95)}`,
      target,
      verdict(figure.call.p95 <= TARGET_GALLERY_P95_MS),
    ];
  });
  const within = report.cases.filter((figure) => figure.call.p95 <= TARGET_GALLERY_P95_MS).length;
  rows.push([
    "gallery queries within target",
    `${within} of ${report.cases.length}`,
    `all ${report.cases.length}`,
    verdict(within === report.cases.length),
  ]);
  rows.push([
    `rating write (n=${report.writes.all.n})`,
    `p95 ${ms(report.writes.all.p95)}`,
    `p95 ≤ ${TARGET_WRITE_P95_MS} ms`,
    verdict(report.writes.all.p95 <= TARGET_WRITE_P95_MS),
  ]);
  const { burst } = report;
  rows.push([
    `${burst.writes} concurrent writes, one artwork`,
    `${burst.exact ? "exact" : "NOT exact"}, ${ms(burst.wallMs)} wall`,
    "totals exact",
    verdict(burst.exact),
  ]);
  const plans = report.plans.flatMap((entry) => entry.plans);
  const flagged = plans.filter((plan) => plan.flags.length > 0).length;
  rows.push(["statement plans: temp sort or table scan", `${flagged} of ${plans.length} flagged`, "none", verdict(flagged === 0)]);
  return rows;
}

function printMisses(gallery: Gallery, report: Report): void {
  const misses = report.cases.filter((figure) => figure.call.p95 > TARGET_GALLERY_P95_MS);
  if (misses.length === 0) return;
  console.log("\n  Gallery misses (p95 of the call; page and COUNT are the driver's time for those two statements):");
  for (const figure of misses) {
    const { page, count: counting } = figure.statements;
    console.log(
      `  - ${gallery.label(figure.gallery)}: p95 ${ms(figure.call.p95)}; page SQL p95 ${ms(page.p95)}, COUNT p95 ${ms(counting.p95)} (${count(figure.total)} counted)`,
    );
  }
  const flagged = report.plans.flatMap(({ name, plans }) =>
    plans.filter((plan) => plan.flags.length > 0).map((plan) => `${name} ${plan.kind}: ${plan.flags.join(", ")}`),
  );
  if (flagged.length > 0) console.log(`\n  Flagged plans:\n${flagged.map((line) => `  - ${line}`).join("\n")}`);
}

function findCase(figures: CaseFigure[], sort: string, period: string, page: number): CaseFigure | undefined {
  return figures.find(
    (figure) =>
      figure.gallery.scope === "gallery" &&
      figure.gallery.sort === sort &&
      figure.gallery.period === period &&
      figure.gallery.page === page,
  );
}

function countAndOffsetLimits(report: Report): string[] {
  const first = findCase(report.cases, "new", "all", 1);
  const deep = findCase(report.cases, "new", "all", DEEP_PAGE);
  const topDeep = findCase(report.cases, "top", "all", DEEP_PAGE);
  if (!first || !deep || !topDeep) return [];
  // What a call costs beyond its SQL: Prisma's compiler and result mapping, the awaits between its queries, the placeholder PNGs.
  const rest = distribution(
    report.cases.map((figure) => figure.call.p50 - figure.statements.count.p50 - figure.statements.page.p50 - figure.statements.cards.p50),
  );
  return [
    `COUNT: a call counts no further than ${PAGES_COUNTED_AHEAD} pages past its own, along the newest-first index: p50 ${ms(first.statements.count.p50)}` +
      ` at page 1 (${count((1 + PAGES_COUNTED_AHEAD) * 6 + 1)} rows at most), ${ms(deep.statements.count.p50)} at page ${DEEP_PAGE}.`,
    `OFFSET: page ${DEEP_PAGE} steps over ${(DEEP_PAGE - 1) * 6} index entries before its 6 cards: new page SQL p50 ${ms(first.statements.page.p50)} at page 1,` +
      ` ${ms(deep.statements.page.p50)} at page ${DEEP_PAGE} (top ${ms(topDeep.statements.page.p50)}),` +
      ` ${deep.statements.page.p50 < deep.statements.count.p50 ? "less" : "more"} than the COUNT (${ms(deep.statements.count.p50)}).`,
    `Prisma and JS: beyond its SQL a call spends ${ms(rest.p50)} (median over the ${report.cases.length} cases) in Prisma's query compiler and` +
      " result mapping and the awaits between its three statements: the floor under every gallery figure.",
  ];
}

const isPeriodCase = (figure: CaseFigure) => figure.gallery.scope === "gallery" && figure.gallery.period !== "all";

function periodLimits(gallery: Gallery, report: Report): string[] {
  const periods = report.cases.filter(isPeriodCase);
  const slowest = worst(periods);
  const pageQuery = periods.reduce((most, figure) => (figure.statements.page.p95 > most.statements.page.p95 ? figure : most));
  const reads = [...new Set(periods.map((figure) => figure.pagePlan))].join(" or ");
  return [
    `periods (top/most by day, week, month): ${SAY.periodPlan},` +
      ` so a period page can walk the score index in order and check createdAt inside it, with no sort (the period pages read ${reads}).`,
    `  The worst period page, ${gallery.label(slowest.gallery)}, p95 ${ms(slowest.call.p95)} (page SQL p95 ${ms(slowest.statements.page.p95)}, ${count(slowest.total)} artworks counted)` +
      (pageQuery === slowest
        ? "."
        : `; the slowest page query, ${gallery.label(pageQuery.gallery)}, p95 ${ms(pageQuery.statements.page.p95)}.`),
  ];
}

function writeLimits(report: Report): string[] {
  const rest = report.writes.byStatement.find((entry) => entry.statement.startsWith("BEGIN"));
  const commit = report.writes.byStatement.find((entry) => entry.statement === "COMMIT");
  if (!rest || !commit) return [];
  const sql = report.writes.byStatement.filter((entry) => entry !== rest).reduce((sum, entry) => sum + entry.ms.p50, 0);
  return [
    `writes: ${report.writes.statementsPerWrite} statements and a COMMIT in one interactive transaction: ${ms(sql)} of SQL at p50, ${ms(rest.ms.p50)} of BEGIN,` +
      ` Prisma's transaction machinery and JS around it. The rare slow COMMIT (max ${ms(commit.ms.max)}) ${SAY.slowCommit}.`,
    `  ${SAY.concurrency(report.burst.writes)} (${ms(report.burst.wallMs)}).`,
  ];
}

/** The figures behind each limit, read from this run rather than asserted. */
function printLimits(gallery: Gallery, report: Report): void {
  console.log("\n  What limits each:");
  for (const line of [...countAndOffsetLimits(report), ...periodLimits(gallery, report), ...writeLimits(report)])
    console.log(`  ${line.startsWith("  ") ? line : `- ${line}`}`);
}

function printSummary(gallery: Gallery, report: Report): void {
  heading("Summary");
  console.log(table(["figure", "measured", "target", "result"], summaryRows(gallery, report)));
  if (!QUICK) printMisses(gallery, report);
  printLimits(gallery, report);
  const [load] = os.loadavg();
  const busy = load > os.availableParallelism() * 1.25 ? " (other work on this machine inflates every figure)" : "";
  console.log(`\n  Load average at the end: ${load.toFixed(2)} on ${os.availableParallelism()} cores${busy}.`);
}

// ---------------------------------------------------------------- main

/** What the side-by-side table of `--database both` reads from this run. */
function figuresOf(gallery: Gallery, writes: typeof import("./ratings/writes"), report: Report & { seededMs: number }): RatingsFigures {
  const plans = report.plans.flatMap((entry) => entry.plans);
  const timing = (label: string, time: { p50: number; p95: number }) => ({ label, p50: time.p50, p95: time.p95 });
  return {
    database: DATABASE,
    seededMs: report.seededMs,
    gallery: report.cases.map((figure) => ({ ...timing(gallery.label(figure.gallery), figure.call), pagePlan: figure.pagePlan })),
    writes: [
      timing("rating write, all kinds", report.writes.all),
      ...report.writes.byKind.map(({ kind, ms: time }) => timing(`  ${writes.kindLabel(kind)}`, time)),
    ],
    burst: { writes: report.burst.writes, exact: report.burst.exact, wallMs: report.burst.wallMs },
    plans: { flagged: plans.filter((plan) => plan.flags.length > 0).length, total: plans.length },
    load: os.loadavg()[0],
  };
}

async function main(): Promise<void> {
  const repoRoot = path.resolve(import.meta.dirname, "..");
  const started = performance.now();
  if (BOTH) {
    await runSideBySide(flags.quick ? ["--quick"] : []);
    console.log(`\nbench:ratings on both databases finished in ${seconds(performance.now() - started)}`);
    return;
  }
  const databaseUrl = DATABASE === "postgresql" ? await startBenchPostgres() : undefined;
  // A rating tells the artist's bell once it is stored: the write figures include that announcement, answered on loopback.
  await standInRealtimeServer();
  // The origin is only a placeholder for AUTH_URL: nothing is served.
  setUpWorkspace(repoRoot, "http://127.0.0.1:3000", databaseUrl);

  // Only now: lib/db reads DATABASE_URL when first imported.
  const { db } = await import("@/lib/db");
  onCleanup(() => db.$disconnect());
  const { hashPassword } = await import("@/lib/auth/password");
  // One real Argon2id hash shared by every member: nobody logs in with them.
  const result = await seed(await hashPassword("bench members never log in"));

  const gallery = await import("./ratings/gallery");
  const statements = await import("./ratings/statements");
  const cases = await measureGallery(gallery, result);
  const writes = await measureWrites(result);
  const burst = await measureBurst(result);
  const plans = await explainGalleries(gallery, statements, result);
  const report = { seed: result, cases, writes, burst, plans };
  printSummary(gallery, report);
  if (flags.figures)
    writeFileSync(
      flags.figures,
      JSON.stringify(figuresOf(gallery, await import("./ratings/writes"), { ...report, seededMs: result.seededMs })),
    );
  console.log(`\nbench:ratings on ${DATABASE_LABEL[DATABASE]} finished in ${seconds(performance.now() - started)}`);
}

runBenchmark("bench:ratings", main, WATCHDOG_MS);
