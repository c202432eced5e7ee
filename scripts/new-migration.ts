/**
 * `npm run db:migrate:dev -- --name <what_changed>`: after an edit of
 * prisma/schema.prisma, writes the migration for both databases.
 * 1. SQLite: `prisma migrate dev` on the development database (it writes
 *    prisma/migrations/<timestamp>_<name> and applies it), once the
 *    database has every earlier migration (migrate dev cannot start from
 *    an empty file through the driver adapter).
 * 2. Regenerates prisma/postgres/schema.prisma from the SQLite schema.
 * 3. PostgreSQL: on a throwaway cluster, the SQL from the existing PostgreSQL
 *    migrations to the new schema, written under the same folder name in
 *    prisma/postgres/migrations. Hand-written SQL (triggers, data changes)
 *    must be added to both files by hand; CI checks each folder builds its schema.
 */
import "./load-env";
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { startPostgresCluster } from "@/lib/testing/services/postgres-cluster";

const { values } = parseArgs({ options: { name: { type: "string" } } });
if (!values.name || !/^[a-z0-9_]+$/.test(values.name)) {
  console.error("usage: npm run db:migrate:dev -- --name <what_changed> (lower case, digits and _)");
  process.exit(2);
}

const prisma = (args: string[], databaseUrl?: string) =>
  execFileSync("npx", ["--no-install", "prisma", ...args], {
    encoding: "utf8",
    stdio: ["inherit", "pipe", "inherit"],
    env: databaseUrl ? { ...process.env, DATABASE_URL: databaseUrl } : process.env,
  });

const before = new Set(readdirSync("prisma/migrations"));
process.stdout.write(prisma(["migrate", "deploy"]));
process.stdout.write(prisma(["migrate", "dev", "--name", values.name]));
const created = readdirSync("prisma/migrations").find((folder) => !before.has(folder) && folder.endsWith(`_${values.name}`));
execFileSync("npx", ["--no-install", "tsx", "scripts/generate-postgres-schema.ts"], { stdio: "inherit" });

const cluster = await startPostgresCluster();
try {
  const admin = new pg.Client({ connectionString: cluster.url("postgres") });
  await admin.connect();
  await admin.query(`CREATE DATABASE "migrations"`).finally(() => admin.end());
  const sql = prisma(
    [
      "migrate",
      "diff",
      "--from-migrations",
      "prisma/postgres/migrations",
      "--to-schema-datamodel",
      "prisma/postgres/schema.prisma",
      "--script",
    ],
    cluster.url("migrations"),
  );
  if (/^\s*(-- This is an empty migration\.)?\s*$/.test(sql)) {
    console.log("PostgreSQL: no schema change to migrate.");
  } else {
    const folder = path.join(
      "prisma/postgres/migrations",
      created ?? `${new Date().toISOString().replace(/\D/g, "").slice(0, 14)}_${values.name}`,
    );
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, "migration.sql"), sql);
    console.log(`PostgreSQL: wrote ${folder}/migration.sql`);
  }
} finally {
  await cluster.stop();
}
