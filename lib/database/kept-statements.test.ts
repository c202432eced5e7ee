import Database from "better-sqlite3";
import { describe, expect, it, vi } from "vitest";
import { KEPT_STATEMENTS, keepStatementsPrepared } from "@/lib/database/sqlite-adapter";

/** A database as the driver sees it once the app's connection is set up, and a count of what SQLite itself prepared. */
function keptDatabase() {
  const database = new Database(":memory:");
  const prepared = vi.spyOn(database, "prepare");
  keepStatementsPrepared(database);
  database.exec('CREATE TABLE "Note" ("id" INTEGER PRIMARY KEY, "text" TEXT NOT NULL)');
  return { database, prepared };
}

describe("kept prepared statements", () => {
  it("prepare a statement once however often it runs, each run with its own arguments", () => {
    const { database, prepared } = keptDatabase();
    const insert = 'INSERT INTO "Note" ("id", "text") VALUES (?, ?)';
    const select = 'SELECT "text" FROM "Note" WHERE "id" >= ? ORDER BY "id"';
    for (const [id, text] of [
      [1, "first"],
      [2, "second"],
    ] as const) {
      const statement = database.prepare(insert).bind([id, text]);
      expect(statement.reader).toBe(false);
      expect(statement.run().changes).toBe(1);
    }
    const all = database.prepare(select).bind([1]);
    expect(all.reader).toBe(true);
    expect(all.columns().map((column) => column.name)).toEqual(["text"]);
    expect(all.raw().all()).toEqual([["first"], ["second"]]);
    expect(database.prepare(select).bind([2]).raw().all()).toEqual([["second"]]);
    expect(prepared.mock.calls.map(([source]) => source)).toEqual([insert, select]);
  });

  it("run statements without arguments, as the driver's BEGIN is", () => {
    const { database } = keptDatabase();
    database.prepare("BEGIN").run();
    expect(database.inTransaction).toBe(true);
    database.prepare("ROLLBACK").run();
    expect(database.inTransaction).toBe(false);
  });

  it("let the least recently used go beyond the limit", () => {
    const { database, prepared } = keptDatabase();
    const sources = Array.from({ length: KEPT_STATEMENTS + 1 }, (_, index) => `SELECT ${index}`);
    for (const source of sources) database.prepare(source).bind([]).raw().all();
    // The first was let go when the last came in; the second is still kept.
    database.prepare(sources[1]).bind([]).raw().all();
    database.prepare(sources[0]).bind([]).raw().all();
    expect(prepared).toHaveBeenCalledTimes(KEPT_STATEMENTS + 2);
  });
});
