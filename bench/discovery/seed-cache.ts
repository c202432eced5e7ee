/**
 * The seeded SQLite file, kept between runs under the system temp folder:
 * seeding takes a minute or two on an idle machine (much longer on a busy
 * one), restoring it a few seconds. Keyed by a version string made of
 * everything that shapes the seed (the plan, the seed's own code, every
 * migration), so a change to any of them seeds afresh; only the newest file
 * is kept. `--fresh-seed` ignores it. PostgreSQL always seeds: its cluster
 * is thrown away with the run.
 * Pure Node: restoring happens before lib/db is loaded.
 */
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { DiscoverySeed, DiscoverySeedPlan } from "./seed";

/** Bumped by hand when the seed changes in a way its files do not show. */
const SEED_VERSION = "discovery-seed-1";
const CACHE_FOLDER = path.join(os.tmpdir(), "artist-collective-bench-discovery-seed");
/** The code that decides what the seed writes, relative to the repository. */
const SEED_SOURCES = [
  "bench/discovery/seed.ts",
  "bench/discovery/bulk.ts",
  "bench/discovery/words.ts",
  "bench/ratings/seed-ratings.ts",
  "bench/ratings/dialect.ts",
  "bench/support/seeding.ts",
];

function migrationFiles(repoRoot: string): string[] {
  const folder = path.join(repoRoot, "prisma", "migrations");
  return readdirSync(folder)
    .filter((name) => statSync(path.join(folder, name)).isDirectory())
    .sort()
    .map((name) => path.join(folder, name, "migration.sql"));
}

/** The version string of this seed: its plan, its code and the migrations it runs on. */
export function seedKey(repoRoot: string, plan: DiscoverySeedPlan): string {
  const hash = createHash("sha256").update(SEED_VERSION).update(JSON.stringify(plan));
  for (const file of [...SEED_SOURCES.map((source) => path.join(repoRoot, source)), ...migrationFiles(repoRoot)])
    // By its path in the repository: the same code in another checkout has the same key.
    hash.update(path.relative(repoRoot, file)).update(readFileSync(file));
  return hash.digest("hex").slice(0, 16);
}

const filesOf = (key: string) => ({ database: path.join(CACHE_FOLDER, `${key}.db`), seed: path.join(CACHE_FOLDER, `${key}.json`) });

/**
 * The cached seed put in place of the run's (migrated, empty) database file,
 * or undefined when there is none for this key. Call before lib/db is loaded.
 */
export function restoreSeed(key: string, databaseFile: string): DiscoverySeed | undefined {
  const files = filesOf(key);
  if (!existsSync(files.database) || !existsSync(files.seed)) return undefined;
  for (const suffix of ["-wal", "-shm", "-journal"]) rmSync(`${databaseFile}${suffix}`, { force: true });
  copyFileSync(files.database, databaseFile);
  const seed = JSON.parse(readFileSync(files.seed, "utf8")) as DiscoverySeed & { now: string };
  return { ...seed, now: new Date(seed.now) };
}

/**
 * Keeps this run's seed for the next: a consistent copy of the database
 * (VACUUM INTO, run by `execute` on the app's connection) and what the seed
 * answered, both written under temporary names and then renamed, so an
 * interrupted run leaves no half file behind. Older keys are removed.
 */
export async function storeSeed(key: string, seed: DiscoverySeed, execute: (sql: string) => Promise<unknown>): Promise<void> {
  mkdirSync(CACHE_FOLDER, { recursive: true });
  for (const name of readdirSync(CACHE_FOLDER)) rmSync(path.join(CACHE_FOLDER, name), { force: true });
  const files = filesOf(key);
  const partial = `${files.database}.partial`;
  // The path is this module's own, under the temp folder: no quote can be in it but by a strange TMPDIR, refused here.
  if (partial.includes("'")) throw new Error(`cannot cache the seed under ${partial}`);
  await execute(`VACUUM INTO '${partial}'`);
  renameSync(partial, files.database);
  writeFileSync(`${files.seed}.partial`, JSON.stringify(seed));
  renameSync(`${files.seed}.partial`, files.seed);
}

export const SEED_CACHE_FOLDER = CACHE_FOLDER;
