import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { sqliteFileOf } from "@/lib/env-schema";
import { createTestUser } from "@/lib/testing/factories";

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

  it("keeps other requests out of a transaction that is open at the same time", async () => {
    const member = await createTestUser();
    let transactionWrote!: () => void;
    const wrote = new Promise<void>((resolve) => (transactionWrote = resolve));
    let letTransactionFail!: () => void;
    const mayFail = new Promise<void>((resolve) => (letTransactionFail = resolve));

    const failingTransaction = db.$transaction(async (tx) => {
      await tx.user.update({ where: { id: member.id }, data: { bio: "uncommitted" } });
      transactionWrote();
      await mayFail;
      throw new Error("the transaction fails");
    });
    await wrote;
    // Prisma queries are lazy: then() sends them while the transaction is open.
    // A single create and a read are the queries Prisma runs without a transaction of their own.
    const outsideWrite = db.rateLimit
      .create({ data: { bucket: "test-outside", subject: member.id, spentUntil: 1 } })
      .then((row) => row.subject);
    const outsideRead = db.user.findUniqueOrThrow({ where: { id: member.id }, select: { bio: true } }).then((row) => row.bio);
    await new Promise((resolve) => setTimeout(resolve, 50));
    letTransactionFail();

    await expect(failingTransaction).rejects.toThrow("the transaction fails");
    expect(await outsideRead).toBe("");
    const stored = await db.rateLimit.findUnique({ where: { bucket_subject: { bucket: "test-outside", subject: await outsideWrite } } });
    expect(stored?.subject).toBe(member.id);
  });

  it("takes the write lock as a transaction begins, so another process's write waits for it rather than slipping in between", async () => {
    // Another process's connection (a second web process, a script), which gives up at once rather than waiting.
    const other = new Database(sqliteFileOf(env.database, "SQLite only"), { timeout: 0 });
    try {
      await db.$transaction(async (tx) => {
        await tx.user.count();
        // Begun DEFERRED, the transaction would hold no lock after a read, and the other's write would go first.
        expect(() => other.prepare("BEGIN IMMEDIATE").run()).toThrow(/database is locked/);
      });
      other.prepare("BEGIN IMMEDIATE").run();
      other.prepare("ROLLBACK").run();
    } finally {
      other.close();
    }
  });
});
