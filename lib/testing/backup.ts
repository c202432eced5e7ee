import { fork, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdir, mkdtemp, readdir, readFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { copySharedTestDatabase } from "@/lib/testing/private-database";
import type { WriteLoadProgress } from "@/lib/testing/backup-write-load";

/** A private folder per test under the system's temporary folder. */
export const privateFolder = () => mkdtemp(path.join(os.tmpdir(), "backup-test-"));

/**
 * A database with the app's real schema (the run's migrated test database,
 * copied) and no rows of other test files: their artworks have no files here.
 */
export async function emptyAppDatabase(file: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  copySharedTestDatabase(file);
  const copy = new Database(file);
  try {
    copy.pragma("foreign_keys = ON");
    copy.exec("DELETE FROM User; DELETE FROM ArtworkVariant; DELETE FROM Artwork");
    copy.pragma("journal_mode = WAL");
  } finally {
    copy.close();
  }
}

export function countRows(file: string, table: "Artwork" | "User"): number {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return db.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get() as number;
  } finally {
    db.close();
  }
}

/** The write-load process and its latest totals. */
export class WriteLoad {
  latest: WriteLoadProgress = { uploaded: 0, deleted: 0 };
  private readonly child: ChildProcess;
  private readonly exited: Promise<void>;

  constructor(databaseFile: string, mediaRoot: string) {
    this.child = fork(path.join(import.meta.dirname, "backup-write-load.ts"), [databaseFile, mediaRoot], {
      execArgv: ["--import", "tsx"],
      stdio: "inherit",
    });
    this.child.on("message", (progress: WriteLoadProgress) => (this.latest = progress));
    this.exited = new Promise((resolve) => this.child.once("exit", () => resolve()));
  }

  /** Resolves once the writer has uploaded `count` artworks in all. */
  untilUploaded(count: number): Promise<void> {
    return new Promise((resolve, reject) => {
      const check = () => {
        if (this.latest.uploaded < count) return;
        this.child.off("message", check);
        resolve();
      };
      this.child.on("message", check);
      this.child.once("exit", (code) => reject(new Error(`the writer exited (${code}) after ${this.latest.uploaded} uploads`)));
      check();
    });
  }

  async stop(): Promise<void> {
    this.child.kill("SIGTERM");
    await this.exited;
  }
}

/** Every file under the folder with a hash of its content: equal before and after means nothing changed. */
export async function folderFingerprint(root: string): Promise<Record<string, string>> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const fingerprint: Record<string, string> = {};
  for (const entry of entries) {
    const file = path.join(entry.parentPath, entry.name);
    const key = path.relative(root, file);
    fingerprint[key] = entry.isFile()
      ? createHash("sha256")
          .update(await readFile(file))
          .digest("hex")
      : "folder";
  }
  return fingerprint;
}
