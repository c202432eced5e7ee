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
 * work as soon as the response is out, and Next's SIGTERM drain waits for
 * it as it waits for any after() work. Without a worker in this process
 * (scripts, tests) the job waits for one.
 */
export function runDueJobs(): Promise<void> {
  return processJobWorker()?.runDue() ?? Promise.resolve();
}
