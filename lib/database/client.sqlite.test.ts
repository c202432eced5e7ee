import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, expect, test } from "vitest";

const fixture = path.join(import.meta.dirname, "../testing/exit-without-disconnect.ts");
const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

// A process of its own loads tsx and the Prisma client first: slow on a busy machine.
test(
  "a server process that exits without disconnecting leaves its writes in the database file and no WAL beside it",
  { timeout: 90_000 },
  () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), "database-exit-"));
    folders.push(folder);
    const databaseFile = path.join(folder, "app.db");

    // A real process, as `next start` is: the database is closed by the 'exit' hook or not at all.
    const output = execFileSync(process.execPath, ["--import", "tsx", fixture, databaseFile], { encoding: "utf8" });

    expect(JSON.parse(output)).toEqual({ walWhileOpen: true });
    expect(existsSync(`${databaseFile}-wal`)).toBe(false);
    const copy = new Database(databaseFile, { readonly: true });
    try {
      expect(copy.prepare("SELECT title FROM Painting ORDER BY rowid").pluck().all()).toEqual([
        "Harbour at dawn",
        "Violet field",
        "Night market",
      ]);
    } finally {
      copy.close();
    }
  },
);
