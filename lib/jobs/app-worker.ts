import "server-only";
import { laterVariantsHandler } from "@/lib/art/later-variants";
import { placeholderBackfillHandler, startPlaceholderBackfill } from "@/lib/art/placeholder-backfill";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import type { JobHandler } from "@/lib/jobs/kinds";
import { startMailPruning } from "@/lib/mail/retention";
import { sendMailHandler } from "@/lib/mail/send";
import { mailTransport } from "@/lib/mail/transport";
import { newArtworkFanOutHandler } from "@/lib/notifications/fan-out";
import { notificationMailHandler } from "@/lib/notifications/mail";
import { startNotificationUpkeep } from "@/lib/notifications/retention";
import { processJobWorker, setProcessJobWorker } from "@/lib/jobs/process-worker";
import { JobWorker } from "@/lib/jobs/worker";

/** Every kind of job the app runs; mail only where there is an SMTP server to send it to. */
export function appJobHandlers(): JobHandler[] {
  return [laterVariantsHandler, placeholderBackfillHandler, newArtworkFanOutHandler, notificationMailHandler, sendMailHandler()].filter(
    (handler) => handler !== null,
  );
}

/**
 * This process's worker, made on first use: the server starts its polling
 * (startAppJobWorker); scripts and benchmarks only call runDue, as an
 * upload's after() does.
 */
export function appJobWorker(): JobWorker {
  const existing = processJobWorker();
  if (existing) return existing;
  const worker = new JobWorker({
    client: db,
    handlers: appJobHandlers(),
    concurrency: env.JOB_CONCURRENCY,
    pollIntervalMs: env.JOB_POLL_INTERVAL_SECONDS * 1_000,
  });
  setProcessJobWorker(worker);
  return worker;
}

/**
 * Starts this server process's polling (once, whatever dev-mode reloads do).
 * SIGTERM stops the worker, so no job starts during Next's drain; the
 * jobs already running finish if the drain lasts long enough, and are left
 * to their lease otherwise; jobs not yet started stay pending.
 */
export function startAppJobWorker(): void {
  const worker = appJobWorker();
  if (!worker.start()) return;
  if (!mailTransport()) console.warn("[mail] SMTP_URL is not set: mail waits in the outbox (see /admin/mail) until it is");
  startMailPruning();
  startNotificationUpkeep();
  startPlaceholderBackfill().catch((error: unknown) => console.error("[jobs] could not enqueue the placeholder backfill", error));
  for (const signal of ["SIGTERM", "SIGINT"] as const) process.once(signal, () => void worker.stop());
}
