import "server-only";
import { mkdtemp, rm } from "node:fs/promises";
import path from "node:path";
import Database from "better-sqlite3";
import { appliedMigrations, snapshotDatabase, tableRowCounts } from "@/lib/backup/sqlite-files";
import { quoteIdentifier } from "@/lib/database/postgres-catalog";

/**
 * The SQLite database being copied, as one snapshot: the live file may keep
 * changing while the copy runs (the site is up), and rows must not be read
 * from different moments (a rating whose artwork came later). VACUUM INTO
 * takes the snapshot in one read transaction (lib/backup/sqlite-files.ts);
 * the copy reads that file, then removes it.
 */
export class SqliteSnapshot {
  private constructor(
    private readonly folder: string,
    readonly file: string,
    private readonly db: Database.Database,
  ) {}

  static async take(liveFile: string): Promise<SqliteSnapshot> {
    // Beside the live file: the disk that holds it has room for a copy, a small /tmp may not.
    const folder = await mkdtemp(path.join(path.dirname(liveFile), ".copy-to-postgres-"));
    try {
      const file = path.join(folder, "snapshot.db");
      snapshotDatabase(liveFile, file);
      return new SqliteSnapshot(folder, file, new Database(file, { readonly: true, fileMustExist: true }));
    } catch (error) {
      await rm(folder, { recursive: true, force: true });
      throw error;
    }
  }

  /** Rows per table, Prisma's migration table included. */
  rowCounts(): Record<string, number> {
    return tableRowCounts(this.file);
  }

  appliedMigrations(): string[] {
    return appliedMigrations(this.file);
  }

  columns(table: string): string[] {
    return (this.db.pragma(`table_info(${quoteIdentifier(table)})`) as { name: string }[]).map((column) => column.name);
  }

  /** Every row of the table, its values in the given column order. */
  rows(table: string, columns: string[]): IterableIterator<unknown[]> {
    const list = columns.map(quoteIdentifier).join(", ");
    return this.db
      .prepare(`SELECT ${list} FROM ${quoteIdentifier(table)}`)
      .raw()
      .iterate() as IterableIterator<unknown[]>;
  }

  async close(): Promise<void> {
    this.db.close();
    await rm(this.folder, { recursive: true, force: true });
  }
}
