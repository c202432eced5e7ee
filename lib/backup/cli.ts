import "server-only";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import type { BackupMethod } from "@/lib/backup/manifest";
import { MIGRATIONS_FOLDERS } from "@/lib/database/postgres-schema";

/** What db:backup and db:restore share: a few facts about this checkout and how they print. */

export function appIdentity(cwd = process.cwd()): { name: string; version: string } {
  const { name, version } = JSON.parse(readFileSync(path.join(cwd, "package.json"), "utf8")) as { name: string; version: string };
  return { name, version };
}

/** The migration folders shipped with this code for the database, as prisma migrate deploy names them. */
export function knownMigrations(cwd = process.cwd(), provider: keyof typeof MIGRATIONS_FOLDERS = "sqlite"): string[] {
  return readdirSync(path.join(cwd, ...MIGRATIONS_FOLDERS[provider].split("/")), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
}

export function formatTables(tables: Record<string, number>): string {
  return Object.entries(tables)
    .map(([table, rows]) => `${table} ${rows}`)
    .join(", ");
}

/** The command's plain arguments; null when an option was given (these commands take none). */
export function positionalArguments(): string[] | null {
  try {
    return parseArgs({ allowPositionals: true, options: {} }).positionals;
  } catch {
    return null;
  }
}

/** How the backup's database copy was checked, for the summary line. */
export function checkDone(method: BackupMethod): string {
  return method === "pg_dump" ? "archive read back, row counts match" : "integrity check: ok";
}
