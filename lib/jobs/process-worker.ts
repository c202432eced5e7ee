import "server-only";
import type { JobWorker } from "@/lib/jobs/worker";

// On globalThis, not in a module variable: instrumentation.ts and the route
// handlers are separate bundles, each with its own copy of this module.
const holder = globalThis as typeof globalThis & { artistCollectiveJobWorker?: JobWorker };

/** The worker this process runs (instrumentation.ts starts it with the server), if any. */
export function processJobWorker(): JobWorker | undefined {
  return holder.artistCollectiveJobWorker;
}

export function setProcessJobWorker(worker: JobWorker): void {
  holder.artistCollectiveJobWorker = worker;
}
