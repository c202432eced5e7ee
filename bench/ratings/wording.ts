/**
 * What the report says that is true of one database and not the other: how
 * each orders a page, counts, commits and queues concurrent writes.
 */
import type { DatabaseName } from "../support/database";

/** PostgreSQL reads a table this small whole by choice (a few pages), and switches to an index as it grows. */
export const SMALL_TABLE_ROWS = 10_000;

export type Wording = {
  /** Under the plans heading: how the plans were read and what is flagged. */
  plansIntro: string[];
  /** How a period page finds its rows. */
  periodPlan: string;
  /** What a rare slow COMMIT is. */
  slowCommit: string;
  /** How concurrent rating writes wait for each other. */
  concurrency: (writes: number) => string;
};

export const WORDING: Record<DatabaseName, Wording> = {
  sqlite: {
    plansIntro: [
      "Captured from the driver (Prisma's SQL and the raw page query, with their bound values), then EXPLAIN QUERY PLAN on the",
      "app's connection. The page query names its index, so statistics do not change its plan; the others run after the seed's",
      "ANALYZE, the statistics the app's PRAGMA optimize gathers on connect where they are missing or stale.",
      'FLAG marks "USE TEMP B-TREE FOR ORDER BY" (rows sorted, not read in index order) and a SCAN of a table without an index.',
    ],
    periodPlan: "each order's index is forced with INDEXED BY, and the top/most indexes carry createdAt",
    slowCommit: "is likely the WAL checkpoint SQLite runs inside the commit that takes the WAL past 1,000 pages",
    concurrency: (writes) =>
      `Transactions queue for the driver's one connection, so ${writes} at once finish ~${writes}× one write after they start`,
  },
  postgresql: {
    plansIntro: [
      "Captured from the driver (Prisma's SQL and the raw page query, with their bound values), then EXPLAIN (FORMAT JSON) on the",
      "app's connection, drawn one node a line. PostgreSQL takes no index hints: its planner chooses, from the statistics of the",
      "seed's VACUUM ANALYZE (autovacuum's work on a running server), which also lets index-only scans skip the table.",
      `FLAG marks a Sort node (rows sorted, not read in index order) and a Seq Scan of a table of more than ${SMALL_TABLE_ROWS.toLocaleString("en")} rows`,
      "(a smaller one the planner rightly reads whole, and reads through an index once it grows).",
    ],
    periodPlan: "PostgreSQL's planner picks the order's index without a hint, and the top/most indexes carry createdAt",
    slowCommit: "is likely a WAL flush that waited behind a checkpoint or the background writer",
    concurrency: (writes) =>
      `Each transaction holds one of the app's pooled connections and waits for the artwork's row lock, so ${writes} at once commit one after another`,
  },
};
