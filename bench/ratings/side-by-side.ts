/**
 * `bench:ratings -- --database both`: the benchmark once per database, each
 * in a process of its own (lib/db picks its database once, at import), one
 * after the other so they never compete for the machine (support/per-database.ts),
 * then their figures side by side.
 */
import { DATABASE_LABEL, type DatabaseName } from "../support/database";
import { runOnEachDatabase } from "../support/per-database";
import { verdict } from "../support/quick";
import { heading, ms, seconds, table } from "../support/stats";

type Timing = { label: string; p50: number; p95: number };

/** What one run hands the side-by-side table. */
export type RatingsFigures = {
  database: DatabaseName;
  seededMs: number;
  gallery: (Timing & { pagePlan: string })[];
  writes: Timing[];
  burst: { writes: number; exact: boolean; wallMs: number };
  plans: { flagged: number; total: number };
  load: number;
};

/** Both runs, then their figures side by side; `passOn` are the flags each run gets too (--quick). */
export async function runSideBySide(passOn: string[]): Promise<void> {
  printSideBySide(await runOnEachDatabase<RatingsFigures>("bench:ratings", passOn));
}

/** The targets: every gallery query's p95, a rating write's p95. */
export const TARGET_GALLERY_P95_MS = 20;
export const TARGET_WRITE_P95_MS = 10;

/** One row per figure, one column per database, and each database's verdict against the target. */
export function sideBySideRows(figures: RatingsFigures[]): string[][] {
  const timings = (pick: (run: RatingsFigures) => Timing[], target: number) =>
    pick(figures[0]).map((timing) => {
      const each = figures.map((run) => pick(run).find((entry) => entry.label === timing.label) ?? { p50: Number.NaN, p95: Number.NaN });
      return [
        timing.label,
        ...each.map((entry) => `${ms(entry.p50)} / ${ms(entry.p95)}`),
        `p95 ≤ ${target} ms`,
        each.map((entry) => verdict(entry.p95 <= target)).join(" / "),
      ];
    });
  return [
    ["seeded in", ...figures.map((run) => seconds(run.seededMs)), "", ""],
    ...timings((run) => run.gallery, TARGET_GALLERY_P95_MS),
    ...timings((run) => run.writes, TARGET_WRITE_P95_MS),
    [
      `${figures[0].burst.writes} concurrent writes, one artwork`,
      ...figures.map((run) => `${run.burst.exact ? "exact" : "NOT exact"}, ${ms(run.burst.wallMs)} wall`),
      "totals exact",
      figures.map((run) => verdict(run.burst.exact)).join(" / "),
    ],
    [
      "plans with a sort or table scan",
      ...figures.map((run) => `${run.plans.flagged} of ${run.plans.total}`),
      "none",
      figures.map((run) => verdict(run.plans.flagged === 0)).join(" / "),
    ],
    ["load average at the end", ...figures.map((run) => run.load.toFixed(2)), "", ""],
  ];
}

function printSideBySide(figures: RatingsFigures[]): void {
  const names = figures.map((run) => DATABASE_LABEL[run.database]);
  heading(`Side by side: ${names.join(" and ")}`);
  console.log("  p50 / p95 of each call; the verdicts in the same order as the columns.\n");
  console.log(table(["figure", ...names.map((name) => `${name} p50 / p95`), "target", names.join(" / ")], sideBySideRows(figures)));
  const reads = figures.map((run) => [...new Set(run.gallery.map((entry) => entry.pagePlan))].join(", "));
  const same = reads.every((each) => each === reads[0]);
  const described = same ? `the same on both: ${reads[0]}` : reads.map((each, index) => `${names[index]}: ${each}`).join("; ");
  console.log(`\n  Indexes the page queries read: ${described}.`);
}
