import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { forget, giveBack, takeTurn, takeTurns, type RateLimit } from "@/lib/rate-limit/rate-limiter";

/** A limit of its own per test: the test database is shared. */
function limit(max: number, windowMs: number): RateLimit {
  return { bucket: `test-${randomBytes(5).toString("hex")}`, max, windowMs };
}

const NOW = Date.UTC(2026, 11, 3, 12);

async function spentUntil(turn: { limit: RateLimit; subject: string }) {
  const row = await db.rateLimit.findUnique({ where: { bucket_subject: { bucket: turn.limit.bucket, subject: turn.subject } } });
  return row?.spentUntil ?? null;
}

describe("the rate limiter", () => {
  it("allows the limit at once, refuses the next with the wait until a turn frees, and then allows one", async () => {
    const turn = { limit: limit(3, 60_000), subject: "member-1" };
    for (let i = 0; i < 3; i++) expect(await takeTurn(turn, { now: NOW })).toEqual({ ok: true });
    expect(await takeTurn(turn, { now: NOW })).toEqual({ ok: false, retryAfterMs: 20_000 });
    expect(await takeTurn(turn, { now: NOW + 19_999 })).toEqual({ ok: false, retryAfterMs: 1 });
    expect(await takeTurn(turn, { now: NOW + 20_000 })).toEqual({ ok: true });
  });

  it("counts each subject apart", async () => {
    const shared = limit(1, 60_000);
    expect((await takeTurn({ limit: shared, subject: "a" }, { now: NOW })).ok).toBe(true);
    expect((await takeTurn({ limit: shared, subject: "a" }, { now: NOW })).ok).toBe(false);
    expect((await takeTurn({ limit: shared, subject: "b" }, { now: NOW })).ok).toBe(true);
  });

  it("allows the limit at once, then one turn every window / limit, however the attempts are spread", async () => {
    const turn = { limit: limit(5, 10_000), subject: "steady" };
    const allowedAt: number[] = [];
    for (let t = 0; t < 40_000; t += 700) {
      if ((await takeTurn(turn, { now: NOW + t })).ok) allowedAt.push(t);
    }
    // A bucket of 5 that refills one turn every 2 s: in any span, at most 5 plus what refilled during it.
    for (const [i, start] of allowedAt.entries()) {
      for (const end of allowedAt.slice(i)) {
        expect(allowedAt.filter((t) => t >= start && t <= end).length).toBeLessThanOrEqual(5 + Math.floor((end - start) / 2_000));
      }
    }
    // …and every turn that had refilled was taken: nothing less either.
    expect(allowedAt.length).toBe(5 + Math.floor(allowedAt.at(-1)! / 2_000));
  });

  it("lets exactly the limit through when many requests race for it", async () => {
    const turn = { limit: limit(10, 60_000), subject: "racer" };
    const verdicts = await Promise.all(Array.from({ length: 50 }, () => takeTurn(turn, { now: NOW })));
    expect(verdicts.filter((verdict) => verdict.ok)).toHaveLength(10);
  });

  it("stores nothing when it refuses", async () => {
    const turn = { limit: limit(1, 60_000), subject: "full" };
    await takeTurn(turn, { now: NOW });
    const before = await spentUntil(turn);
    expect((await takeTurn(turn, { now: NOW + 1_000 })).ok).toBe(false);
    expect(await spentUntil(turn)).toBe(before);
  });

  it("takes a turn from every limit or from none", async () => {
    const open = { limit: limit(5, 60_000), subject: "x" };
    const full = { limit: limit(1, 60_000), subject: "x" };
    await takeTurn(full, { now: NOW });
    expect(await takeTurns([open, full], NOW)).toEqual({ ok: false, retryAfterMs: 60_000 });
    expect(await spentUntil(open)).toBeNull();
    expect(await takeTurns([open], NOW)).toEqual({ ok: true });
  });

  it("gives a turn back with the transaction it was taken in", async () => {
    const turn = { limit: limit(1, 60_000), subject: "rolled-back" };
    await expect(
      db.$transaction(async (tx) => {
        expect((await takeTurn(turn, { client: tx, now: NOW })).ok).toBe(true);
        throw new Error("the change it allowed failed");
      }),
    ).rejects.toThrow("the change it allowed failed");
    expect((await takeTurn(turn, { now: NOW })).ok).toBe(true);
  });

  it("gives back one turn, or forgets them all", async () => {
    const turn = { limit: limit(2, 60_000), subject: "kind" };
    await takeTurn(turn, { now: NOW });
    await takeTurn(turn, { now: NOW });
    await giveBack(turn);
    expect((await takeTurn(turn, { now: NOW })).ok).toBe(true);
    expect((await takeTurn(turn, { now: NOW })).ok).toBe(false);
    await forget(turn);
    expect(await spentUntil(turn)).toBeNull();
    expect((await takeTurn(turn, { now: NOW })).ok).toBe(true);
  });
});
