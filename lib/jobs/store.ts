import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

/**
 * The Job table's lease protocol, in Prisma's query API only (no raw SQL),
 * so that it means the same on SQLite and PostgreSQL. Every write is one
 * conditional UPDATE or DELETE: PostgreSQL re-checks its WHERE on the row it
 * locked, so of two workers racing for a job the second changes nothing.
 */
export type JobClient = Pick<PrismaClient, "job">;

export type ClaimedJob = { id: string; kind: string; payload: string; attempts: number; lastError: string | null };

/** Jobs read per claim: racing workers that lose the first try the next rather than polling again. */
const CANDIDATES = 8;

/** Due: pending and its time has come, or running under a lease that ran out (its worker stopped or crashed). */
function due(now: Date): Prisma.JobWhereInput {
  return {
    OR: [
      { status: "PENDING", runAfter: { lte: now } },
      { status: "RUNNING", lockedUntil: { lt: now } },
    ],
  };
}

type Claim = { kinds: string[]; workerId: string; now: Date; leaseMs: number; scope?: Prisma.JobWhereInput };

/**
 * Takes one due job of the given kinds for this worker, or null when none is
 * due. The update repeats the due condition and the attempts the job was
 * read with, so it succeeds for exactly one worker (`count === 1`).
 */
export async function claimJob(client: JobClient, { kinds, workerId, now, leaseMs, scope = {} }: Claim): Promise<ClaimedJob | null> {
  const candidates = await client.job.findMany({
    where: { AND: [{ kind: { in: kinds } }, due(now), scope] },
    orderBy: { runAfter: "asc" },
    take: CANDIDATES,
    select: { id: true, kind: true, payload: true, attempts: true, lastError: true },
  });
  for (const candidate of candidates) {
    const { count } = await client.job.updateMany({
      where: { AND: [{ id: candidate.id, attempts: candidate.attempts }, due(now)] },
      data: { status: "RUNNING", lockedBy: workerId, lockedUntil: new Date(now.getTime() + leaseMs), attempts: { increment: 1 } },
    });
    if (count === 1) return { ...candidate, attempts: candidate.attempts + 1 };
  }
  return null;
}

/** Extends the lease of a job this worker still holds; false when another worker has taken it since. */
export async function renewLease(client: JobClient, id: string, workerId: string, lockedUntil: Date): Promise<boolean> {
  const { count } = await client.job.updateMany({ where: { id, lockedBy: workerId, status: "RUNNING" }, data: { lockedUntil } });
  return count === 1;
}

/** A done job is deleted; if the lease was lost meanwhile, the job is the other worker's to finish. */
export async function finishJob(client: JobClient, id: string, workerId: string): Promise<void> {
  await client.job.deleteMany({ where: { id, lockedBy: workerId } });
}

/** Records the failure and either schedules the next try or, with `retryAt` null, gives up (FAILED). */
export async function failJob(client: JobClient, id: string, workerId: string, lastError: string, retryAt: Date | null): Promise<void> {
  const next = retryAt ? { status: "PENDING" as const, runAfter: retryAt } : { status: "FAILED" as const };
  await client.job.updateMany({ where: { id, lockedBy: workerId }, data: { ...next, lastError, lockedBy: null, lockedUntil: null } });
}
