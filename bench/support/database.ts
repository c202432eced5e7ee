/**
 * Which database a benchmark runs on (`--database sqlite|postgresql`), and a
 * throwaway PostgreSQL cluster for it: started on a free loopback port with
 * PostgreSQL's own durability defaults, stopped and removed at the end.
 */
import pg from "pg";
import { startPostgresCluster } from "@/lib/testing/services/postgres-cluster";
import { onCleanup } from "./processes";

export const DATABASES = ["sqlite", "postgresql"] as const;
export type DatabaseName = (typeof DATABASES)[number];

export const DATABASE_LABEL: Record<DatabaseName, string> = { sqlite: "SQLite", postgresql: "PostgreSQL" };

const BENCH_DATABASE = "bench";

/** Starts the cluster, creates the benchmark's database on it and returns its URL; the cluster goes at clean-up. */
export async function startBenchPostgres(): Promise<string> {
  const started = performance.now();
  // Durable: the write figures include the WAL flush at each commit, as on a production server.
  const cluster = await startPostgresCluster(undefined, { durable: true });
  onCleanup(() => cluster.stop());
  const admin = new pg.Client({ connectionString: cluster.url("postgres") });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${BENCH_DATABASE}"`);
    const [{ server_version: version }] = (await admin.query<{ server_version: string }>("SHOW server_version")).rows;
    console.log(
      `throwaway PostgreSQL ${version} cluster on 127.0.0.1:${cluster.port} (default settings, fsync on; started in ${((performance.now() - started) / 1000).toFixed(1)} s)`,
    );
  } finally {
    await admin.end();
  }
  return cluster.url(BENCH_DATABASE);
}
