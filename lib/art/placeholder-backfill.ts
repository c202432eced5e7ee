import "server-only";
import { placeholderBackfillJob } from "@/lib/art/jobs";
import { db } from "@/lib/db";
import { placeholderDataUrl } from "@/lib/images/placeholder-png";
import { handleJob } from "@/lib/jobs/kinds";
import { enqueueJob } from "@/lib/jobs/queue";

/** Artworks drawn per job: about a quarter of a second of CPU, so the web process that runs it stays responsive. */
export const PLACEHOLDERS_PER_BATCH = 500;

/**
 * Draws the placeholder of up to PLACEHOLDERS_PER_BATCH artworks that have
 * none, in id order after `after`, and while some may be left enqueues the
 * next batch in the same transaction: the walk ends whatever the rows hold.
 * Twice over is harmless: a drawn one is left alone.
 */
export async function backfillPlaceholders({ after }: { after?: string }): Promise<void> {
  const missing = await db.artwork.findMany({
    where: { placeholderUrl: "", id: after ? { gt: after } : undefined },
    select: { id: true, placeholder: true },
    orderBy: { id: "asc" },
    take: PLACEHOLDERS_PER_BATCH,
  });
  if (missing.length === 0) return;
  await db.$transaction(async (tx) => {
    for (const { id, placeholder } of missing) {
      await tx.artwork.updateMany({ where: { id, placeholderUrl: "" }, data: { placeholderUrl: placeholderDataUrl(placeholder) } });
    }
    if (missing.length === PLACEHOLDERS_PER_BATCH) await enqueueJob(tx, placeholderBackfillJob, { after: missing.at(-1)!.id });
  });
}

export const placeholderBackfillHandler = handleJob(placeholderBackfillJob, backfillPlaceholders);

/**
 * At start: the first batch, when some artwork has no placeholder and no
 * batch is waiting. Servers starting together may each enqueue one; the
 * batches then draw the same rows once (see backfillPlaceholders).
 */
export async function startPlaceholderBackfill(): Promise<void> {
  const missing = await db.artwork.findFirst({ where: { placeholderUrl: "" }, select: { id: true } });
  if (!missing) return;
  const waiting = await db.job.count({ where: { kind: placeholderBackfillJob.name, status: { in: ["PENDING", "RUNNING"] } } });
  if (waiting === 0) await enqueueJob(db, placeholderBackfillJob, {});
}
