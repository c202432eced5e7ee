import "server-only";
import { db } from "@/lib/db";
import type { RateLimitSetting } from "@/lib/env-schema";
import { greatest } from "@/lib/database/dialect";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * One mechanism for every abuse limit, kept in the database so that it holds
 * across requests, processes and restarts. It is the generic cell rate
 * algorithm: a limit of `max` per `windowMs` lets a subject take one turn
 * every windowMs / max, with up to `max` at once, and never more than `max`
 * in any window. Its whole state is one moment per subject (until when the
 * allowance is spent), so checking and taking a turn is a single upsert
 * that no concurrent request can slip between. Written here rather than
 * taken from rate-limiter-flexible: its Prisma store reads and then writes
 * (a race this must not have), and it would need a table of its own shape.
 */
export type RateLimit = RateLimitSetting & { bucket: string };
export type Turn = { limit: RateLimit; subject: string };
export type RateLimitVerdict = { ok: true } | { ok: false; retryAfterMs: number };

type Client = Pick<Prisma.TransactionClient, "$queryRaw" | "$executeRaw">;

const intervalOf = (limit: RateLimit) => limit.windowMs / limit.max;

/** Rows whose moment has passed count for nothing; removing them now and then keeps the table small. */
const PRUNE_EVERY_MS = 60_000;
let nextPruneAt = 0;

/**
 * Not awaited: inside a caller's transaction the shared connection is
 * taken, and the delete then simply runs once the transaction ends.
 */
function pruneSpentRows(now: number): void {
  if (now < nextPruneAt) return;
  nextPruneAt = now + PRUNE_EVERY_MS;
  db.$executeRaw`DELETE FROM "RateLimit" WHERE "spentUntil" < ${now}`.catch((error: unknown) =>
    console.error("[rate-limit] pruning failed", error),
  );
}

async function retryAfter(client: Client, { limit, subject }: Turn, now: number): Promise<number> {
  const [row] = await client.$queryRaw<{ spentUntil: number }[]>`
    SELECT "spentUntil" FROM "RateLimit" WHERE "bucket" = ${limit.bucket} AND "subject" = ${subject}`;
  const freeAt = (row?.spentUntil ?? now) + intervalOf(limit) - limit.windowMs;
  return Math.max(1, Math.ceil(freeAt - now));
}

/**
 * Takes one turn, or refuses with the wait until the next one and changes
 * nothing. Pass a transaction as `client` to take the turn with the change
 * it allows: should that change fail, the turn is given back with it.
 */
export async function takeTurn(
  turn: Turn,
  { client = db, now = Date.now() }: { client?: Client; now?: number } = {},
): Promise<RateLimitVerdict> {
  const { limit, subject } = turn;
  const interval = intervalOf(limit);
  const spentFrom = greatest(Prisma.sql`"RateLimit"."spentUntil"`, Prisma.sql`${now}`);
  const taken = await client.$queryRaw<{ spentUntil: number }[]>`
    INSERT INTO "RateLimit" ("bucket", "subject", "spentUntil") VALUES (${limit.bucket}, ${subject}, ${now + interval})
    ON CONFLICT ("bucket", "subject") DO UPDATE SET "spentUntil" = ${spentFrom} + ${interval}
    WHERE ${spentFrom} + ${interval} <= ${now + limit.windowMs}
    RETURNING "spentUntil"`;
  pruneSpentRows(now);
  return taken.length === 1 ? { ok: true } : { ok: false, retryAfterMs: await retryAfter(client, turn, now) };
}

class Refused extends Error {
  constructor(readonly retryAfterMs: number) {
    super("rate limited");
  }
}

/** A turn from each limit, or none at all: refused by any, it is given back to every other. Waits for the longest refusal. */
export async function takeTurns(turns: Turn[], now = Date.now()): Promise<RateLimitVerdict> {
  try {
    await db.$transaction(async (tx) => {
      const waits: number[] = [];
      for (const turn of turns) {
        const verdict = await takeTurn(turn, { client: tx, now });
        if (!verdict.ok) waits.push(verdict.retryAfterMs);
      }
      if (waits.length > 0) throw new Refused(Math.max(...waits));
    });
    return { ok: true };
  } catch (error) {
    if (error instanceof Refused) return { ok: false, retryAfterMs: error.retryAfterMs };
    throw error;
  }
}

/** Returns a turn that turned out not to count (a log-in that succeeded). */
export async function giveBack({ limit, subject }: Turn): Promise<void> {
  await db.$executeRaw`
    UPDATE "RateLimit" SET "spentUntil" = "spentUntil" - ${intervalOf(limit)} WHERE "bucket" = ${limit.bucket} AND "subject" = ${subject}`;
}

/** Forgets every turn the subject took from the limit. */
export async function forget({ limit, subject }: Turn, client: Client = db): Promise<void> {
  await client.$executeRaw`DELETE FROM "RateLimit" WHERE "bucket" = ${limit.bucket} AND "subject" = ${subject}`;
}
