import { randomBytes } from "node:crypto";
import path from "node:path";
import Database from "better-sqlite3";
import { createDatabaseClient } from "@/lib/database/client";
import { env } from "@/lib/env";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/** A consistent copy of the run's migrated test database, written while other test files use it. */
export function copySharedTestDatabase(file: string): void {
  const shared = new Database(env.databaseFile, { readonly: true });
  try {
    shared.prepare("VACUUM INTO ?").run(file);
  } finally {
    shared.close();
  }
}

/**
 * A snapshot of the shared test database (schema, triggers and all) in
 * which nobody is an admin, for the tests that must know every admin there
 * is ("the last admin cannot go"): in the shared database other test files
 * create admins in parallel. Mock "@/lib/db" with it for the whole file.
 */
export function privateDatabaseWithoutAdmins(): PrismaClient {
  const file = path.join(path.dirname(env.databaseFile), `private-${randomBytes(6).toString("hex")}.db`);
  copySharedTestDatabase(file);
  const copy = new Database(file);
  try {
    copy.prepare("UPDATE User SET role = 'USER'").run();
  } finally {
    copy.close();
  }
  return createDatabaseClient(file);
}
