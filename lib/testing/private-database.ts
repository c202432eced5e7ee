import { randomBytes } from "node:crypto";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { createDatabaseClient, createSqliteClient } from "@/lib/database/client";
import { env } from "@/lib/env";
import { TEMPLATE_DATABASE } from "@/lib/testing/services/postgres-cluster";
import { sqliteFileOf } from "@/lib/env-schema";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/** A consistent copy of the run's migrated SQLite test database, written while other test files use it. */
export function copySharedTestDatabase(file: string): void {
  const shared = new Database(sqliteFileOf(env.database, "copy the template database instead"), { readonly: true });
  try {
    shared.prepare("VACUUM INTO ?").run(file);
  } finally {
    shared.close();
  }
}

function privateSqliteDatabase(reset: string): PrismaClient {
  const file = path.join(path.dirname(sqliteFileOf(env.database, "")), `private-${randomBytes(6).toString("hex")}.db`);
  copySharedTestDatabase(file);
  const copy = new Database(file);
  try {
    copy.exec(reset);
  } finally {
    copy.close();
  }
  return createSqliteClient(file);
}

/**
 * The URL of a new database on the PostgreSQL pass's cluster: migrated and
 * without rows when made from the run's template (vitest.postgres-setup.ts),
 * bare (no tables at all) from template0.
 */
export async function newPostgresDatabase(template: "migrated" | "bare" = "migrated"): Promise<string> {
  const server = process.env.VITEST_POSTGRES_SERVER!;
  const name = `private_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: `${server}/postgres` });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${template === "migrated" ? TEMPLATE_DATABASE : "template0"}"`);
  } finally {
    await admin.end();
  }
  return `${server}/${name}`;
}

async function privatePostgresDatabase(reset: string): Promise<PrismaClient> {
  const url = await newPostgresDatabase();
  const copy = new pg.Client({ connectionString: url });
  await copy.connect();
  try {
    await copy.query(reset);
  } finally {
    await copy.end();
  }
  return createDatabaseClient({ provider: "postgresql", url });
}

/**
 * A private copy of the test database's schema (triggers and all), made
 * private by `reset` (SQL run on the copy before it is opened), for the tests
 * that must know every row of a kind there is: in the shared database other
 * test files add such rows in parallel. Mock "@/lib/db" with it for the whole file.
 */
function privateDatabase(reset: string): Promise<PrismaClient> | PrismaClient {
  return env.database.provider === "sqlite" ? privateSqliteDatabase(reset) : privatePostgresDatabase(reset);
}

/** Nobody is an admin: "the last admin cannot go" means nothing where other files make admins. */
export function privateDatabaseWithoutAdmins() {
  return privateDatabase(`UPDATE "User" SET "role" = 'USER'`);
}

/** No artwork at all: for a pass over every artwork of a kind, which must not touch other files' artwork. */
export function privateDatabaseWithoutArtwork() {
  return privateDatabase(`DELETE FROM "Artwork"`);
}
