import { execFileSync } from "node:child_process";
import pg from "pg";
import { startPostgresCluster, TEMPLATE_DATABASE } from "./lib/testing/services/postgres-cluster";

/** Starts the run's cluster, migrates a template with the real migrations, and makes the shared test database from it. */
export default async function setup() {
  // Chosen by vitest.postgres.config.ts, which runs in this process and names the URLs.
  const cluster = await startPostgresCluster(Number(process.env.VITEST_POSTGRES_PORT));
  const admin = new pg.Client({ connectionString: cluster.url("postgres") });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${TEMPLATE_DATABASE}"`);
    execFileSync("npx", ["--no-install", "prisma", "migrate", "deploy"], {
      env: { ...process.env, DATABASE_URL: cluster.url(TEMPLATE_DATABASE) },
      stdio: "pipe",
    });
    await admin.query(`CREATE DATABASE "test" TEMPLATE "${TEMPLATE_DATABASE}"`);
  } finally {
    await admin.end();
  }
  return () => cluster.stop();
}
