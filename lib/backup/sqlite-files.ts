import "server-only";
import Database from "better-sqlite3";

/**
 * Read-only look-ups on a SQLite file that must already exist (never
 * creates one). busy_timeout: the live database may be mid-write.
 */
export function withReadOnlyDatabase<T>(file: string, work: (db: Database.Database) => T): T {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    db.pragma("busy_timeout = 5000");
    return work(db);
  } finally {
    db.close();
  }
}

/**
 * A consistent copy of the live database while the app keeps writing.
 * VACUUM INTO reads the whole source in ONE read transaction: a snapshot of
 * one instant, which WAL lets writers go on beside. The online backup API
 * copies in steps and starts over whenever another connection writes between
 * two steps, so under steady writes it may never finish. The copy is also
 * compacted (no free pages) and in rollback-journal mode: one file, no -wal.
 */
export function snapshotDatabase(source: string, target: string): void {
  withReadOnlyDatabase(source, (db) => db.prepare("VACUUM INTO ?").run(target));
}

/** SQLite's own verdict on every page and index: ["ok"], or the problems it found. */
export function integrityProblems(file: string): string[] {
  try {
    const rows = withReadOnlyDatabase(file, (db) => db.pragma("integrity_check") as { integrity_check: string }[]);
    const messages = rows.map((row) => row.integrity_check);
    return messages.length === 1 && messages[0] === "ok" ? [] : messages;
  } catch (error) {
    // "file is not a database" and the like: not something to restore either.
    return [error instanceof Error ? error.message : String(error)];
  }
}

/** Rows in every table (Prisma's migration table included), by table name. */
export function tableRowCounts(file: string): Record<string, number> {
  return withReadOnlyDatabase(file, (db) => {
    const tables = db
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
      .pluck()
      .all() as string[];
    const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`;
    return Object.fromEntries(
      tables.map((name) => [
        name,
        db
          .prepare(`SELECT COUNT(*) FROM ${quoted(name)}`)
          .pluck()
          .get() as number,
      ]),
    );
  });
}

/** The migrations applied to the file (prisma migrate deploy's bookkeeping), oldest first. */
export function appliedMigrations(file: string): string[] {
  return withReadOnlyDatabase(file, (db) => {
    const hasTable = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = '_prisma_migrations'").get();
    if (!hasTable) return [];
    return db
      .prepare(
        "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name",
      )
      .pluck()
      .all() as string[];
  });
}

/**
 * True when another connection has the file open (the running app keeps
 * one open): an exclusive lock cannot be had then. SQLite's own locks see
 * every process, whatever port or name it runs under. Opening never
 * creates the file; a missing file is not in use.
 */
export function databaseInUse(file: string): boolean {
  let db: Database.Database;
  try {
    db = new Database(file, { fileMustExist: true, timeout: 0 });
  } catch {
    return false;
  }
  try {
    db.pragma("locking_mode = EXCLUSIVE");
    db.exec("BEGIN EXCLUSIVE");
    db.exec("ROLLBACK");
    return false;
  } catch (error) {
    // Anything else (a corrupt file, say) is no lock: nothing could be using it.
    return (error as { code?: string }).code === "SQLITE_BUSY";
  } finally {
    db.close();
  }
}
