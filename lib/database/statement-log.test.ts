import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { recordStatements } from "@/lib/database/statement-log";

describe("recordStatements", () => {
  it("returns the SQL the app's client ran, with its bound values and the driver's time", async () => {
    const { result, statements } = await recordStatements(() => db.user.findFirst({ where: { username: "nobody-recorded" } }));

    expect(result).toBeNull();
    expect(statements).toHaveLength(1);
    expect(statements[0].sql).toMatch(/^SELECT .* FROM (`main`\.`User`|"public"\."User") WHERE/);
    expect(statements[0].args).toContain("nobody-recorded");
    expect(statements[0].ms).toBeGreaterThanOrEqual(0);
    expect(statements[0].inTransaction).toBe(false);
  });

  it("marks the statements of a transaction as such", async () => {
    const { statements } = await recordStatements(() => db.$transaction(async (tx) => tx.user.count({ where: { username: "in-tx" } })));

    const counted = statements.filter((statement) => statement.args.includes("in-tx"));
    expect(counted).toHaveLength(1);
    expect(counted[0].inTransaction).toBe(true);
  });

  it("records nothing once the work is done, and one recording at a time", async () => {
    const { statements } = await recordStatements(() => db.user.count({ where: { username: "first" } }));
    await db.user.count({ where: { username: "after" } });

    expect(statements.flatMap((statement) => statement.args)).not.toContain("after");
    await expect(recordStatements(() => recordStatements(() => db.user.count()))).rejects.toThrow("already recording");
  });
});
