import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";

async function pragma(name: string) {
  const rows = await db.$queryRawUnsafe<Record<string, unknown>[]>(`PRAGMA ${name}`);
  return Object.values(rows[0])[0];
}

describe("the app's SQLite connection", () => {
  it("has WAL, foreign keys, a busy timeout and NORMAL sync in force", async () => {
    expect(await pragma("journal_mode")).toBe("wal");
    expect(Number(await pragma("foreign_keys"))).toBe(1);
    expect(Number(await pragma("busy_timeout"))).toBe(5000);
    // synchronous: 0 OFF, 1 NORMAL, 2 FULL
    expect(Number(await pragma("synchronous"))).toBe(1);
  });
});
