/**
 * `npm run db:migrate:dev -- --name <what_changed>`: after an edit of
 * prisma/schema.prisma, writes the migration for both databases.
 * 1. SQLite: the SQL from the existing migrations to the new schema
 *    (`prisma migrate diff`, on a shadow database), written to
 *    prisma/migrations/<timestamp>_<name> and applied to the development
 *    database. Not `migrate dev`: it sees the search index's FTS5 tables as
 *    drift and stops to drop them (prisma/orm#8106), so the steps touching
 *    them are left out here (lib/search/index-objects.ts). When Prisma
 *    redefines a table (SQLite's way to change a column), dropping it drops
 *    its triggers too: they are written again at the end of the migration.
 * 2. Regenerates prisma/postgres/schema.prisma from the SQLite schema, and both clients.
 * 3. PostgreSQL: on a throwaway cluster, the SQL from the existing PostgreSQL
 *    migrations to the new schema, written under the same folder name in
 *    prisma/postgres/migrations. Hand-written SQL (triggers, data changes)
 *    must be added to both files by hand; CI checks each folder builds its schema.
 */
import "./load-env";
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import Database from "better-sqlite3";
import { parseEnv } from "@/lib/env-schema";
import { isEmptyMigration, withoutSearchIndexSteps } from "@/lib/search/index-objects";
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

const diffToSchema = (migrations: string, schema: string, databaseUrl?: string) =>
  withoutSearchIndexSteps(
    prisma(["migrate", "diff", "--from-migrations", migrations, "--to-schema-datamodel", schema, "--script"], databaseUrl),
  );

/**
 * Every trigger of the migrated database, when this SQLite script redefines
 * a table (creates new_X, drops X, renames new_X to X). Dropping a table
 * drops its triggers, and the rename fails while a trigger elsewhere names a
 * table that is gone for a moment ("no such table: main.Artwork"): so the
 * migration drops them all first and writes them again, as they were, last.
 */
function triggersAround(script: string, file: string): { before: string; after: string } {
  if (!/ALTER TABLE "new_(\w+)" RENAME TO "\1"/.test(script)) return { before: "", after: "" };
  const database = new Database(file, { readonly: true });
  try {
    const triggers = database.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' ORDER BY name").all() as {
      name: string;
      sql: string;
    }[];
    if (triggers.length === 0) return { before: "", after: "" };
    return {
      before: `-- Triggers stand aside while tables are redefined (written again at the end)\n${triggers.map(({ name }) => `DROP TRIGGER "${name}";`).join("\n")}\n\n`,
      after: `\n-- The triggers, as they were\n${triggers.map(({ sql }) => `${sql};`).join("\n\n")}\n`,
    };
  } finally {
    database.close();
  }
}

process.stdout.write(prisma(["migrate", "deploy"]));
let created: string | undefined;
const sqliteSql = diffToSchema("prisma/migrations", "prisma/schema.prisma");
if (isEmptyMigration(sqliteSql)) {
  console.log("SQLite: no schema change to migrate.");
} else {
  const { database } = parseEnv(process.env);
  if (database.provider !== "sqlite") throw new Error("DATABASE_URL must name the SQLite development database");
  const triggers = triggersAround(sqliteSql, database.file);
  created = `${new Date().toISOString().replace(/\D/g, "").slice(0, 14)}_${values.name}`;
  mkdirSync(path.join("prisma/migrations", created));
  writeFileSync(path.join("prisma/migrations", created, "migration.sql"), triggers.before + sqliteSql + triggers.after);
  console.log(`SQLite: wrote prisma/migrations/${created}/migration.sql`);
  process.stdout.write(prisma(["migrate", "deploy"]));
}
execFileSync("npx", ["--no-install", "tsx", "scripts/generate-postgres-schema.ts"], { stdio: "inherit" });
// Both clients, for the new schema.
execFileSync("npx", ["--no-install", "tsx", "scripts/generate-prisma-clients.ts"], { stdio: "inherit" });

const cluster = await startPostgresCluster();
try {
  const admin = new pg.Client({ connectionString: cluster.url("postgres") });
  await admin.connect();
  await admin.query(`CREATE DATABASE "migrations"`).finally(() => admin.end());
  const sql = diffToSchema("prisma/postgres/migrations", "prisma/postgres/schema.prisma", cluster.url("migrations"));
  if (isEmptyMigration(sql)) {
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
