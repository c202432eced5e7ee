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
 * A snapshot of the shared test database (schema, triggers and all), made
 * private by `reset` (SQL run on the copy before it is opened), for the tests
 * that must know every row of a kind there is: in the shared database other
 * test files add such rows in parallel. Mock "@/lib/db" with it for the whole file.
 */
function privateDatabase(reset: string): PrismaClient {
  const file = path.join(path.dirname(env.databaseFile), `private-${randomBytes(6).toString("hex")}.db`);
  copySharedTestDatabase(file);
  const copy = new Database(file);
  try {
    copy.exec(reset);
  } finally {
    copy.close();
  }
  return createDatabaseClient(file);
}

/** Nobody is an admin: "the last admin cannot go" means nothing where other files make admins. */
export function privateDatabaseWithoutAdmins(): PrismaClient {
  return privateDatabase("UPDATE User SET role = 'USER'");
}

/** No artwork at all: for a pass over every artwork of a kind, which must not touch other files' artwork. */
export function privateDatabaseWithoutArtwork(): PrismaClient {
  return privateDatabase("DELETE FROM Artwork");
}
