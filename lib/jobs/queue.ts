import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { JobKind } from "@/lib/jobs/kinds";
import { processJobWorker } from "@/lib/jobs/process-worker";

/**
 * Adds a job. Pass the transaction that makes the work necessary, so that
 * the two commit together: no artwork exists without the job for its
 * variants, and no job for an artwork that was rolled back.
 */
export async function enqueueJob<Payload>(
  tx: Pick<Prisma.TransactionClient, "job">,
  kind: JobKind<Payload>,
  payload: Payload,
  runAfter = new Date(),
): Promise<string> {
  const data = { kind: kind.name, payload: JSON.stringify(kind.payload.parse(payload)), runAfter };
  return (await tx.job.create({ data, select: { id: true } })).id;
}

/**
 * Asks this process's worker to take due jobs now rather than at its next
 * poll, and resolves when it has run out of them: called in `after()` once
 * the enqueueing transaction has committed, so a single machine starts the
 * work as soon as the response is out, as fast as the in-process after()
 * work it replaces. Without a worker in this process (tests), or once
 * SIGTERM has stopped it, the job waits for the next worker to look. Not
 * for a job's own work: it would wait for itself.
 */
export function runDueJobs(): Promise<void> {
  return processJobWorker()?.runDue() ?? Promise.resolve();
}
