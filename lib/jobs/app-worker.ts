import "server-only";
import { laterVariantsHandler } from "@/lib/art/later-variants";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import type { JobHandler } from "@/lib/jobs/kinds";
import { processJobWorker, setProcessJobWorker } from "@/lib/jobs/process-worker";
import { JobWorker } from "@/lib/jobs/worker";

/** Every kind of job the app runs. */
export const APP_JOB_HANDLERS: JobHandler[] = [laterVariantsHandler];

function appJobWorker(): JobWorker {
  return new JobWorker({
    client: db,
    handlers: APP_JOB_HANDLERS,
    concurrency: env.JOB_CONCURRENCY,
    pollIntervalMs: env.JOB_POLL_INTERVAL_SECONDS * 1_000,
  });
}

/**
 * Starts this server process's worker (once, whatever dev-mode reloads do).
 * SIGTERM stops its polling, so nothing new starts during Next's drain; the
 * jobs already running finish if the drain lasts long enough, and are left
 * to their lease otherwise.
 */
export function startAppJobWorker(): void {
  if (processJobWorker()) return;
  const worker = appJobWorker();
  setProcessJobWorker(worker);
  for (const signal of ["SIGTERM", "SIGINT"] as const) process.once(signal, () => void worker.stop());
  worker.start();
}

/** For scripts (the demo seed): runs every due job in this process, without polling, and returns when none is left. */
export async function runDueAppJobs(): Promise<void> {
  await appJobWorker().runDue();
}
