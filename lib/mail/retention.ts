import "server-only";
import { db } from "@/lib/db";

const DAY_MS = 24 * 60 * 60 * 1_000;

/** Sent mail holds links that may still work, so it goes after 30 days; a failed one stays longer for an admin to look into. */
export const MAIL_RETENTION_DAYS = { SENT: 30, FAILED: 90 } as const;

/**
 * Deletes the outbox rows past their retention, by when they were written;
 * queued mail is never deleted (it has yet to go out). Answers how many
 * went. Safe to run on every instance at once: a delete of what another
 * instance deleted deletes nothing.
 */
export async function pruneOldMail(now = new Date()): Promise<number> {
  const before = (days: number) => new Date(now.getTime() - days * DAY_MS);
  const { count } = await db.outgoingMail.deleteMany({
    where: {
      OR: [
        { status: "SENT", createdAt: { lt: before(MAIL_RETENTION_DAYS.SENT) } },
        { status: "FAILED", createdAt: { lt: before(MAIL_RETENTION_DAYS.FAILED) } },
      ],
    },
  });
  return count;
}

/** At start-up and then daily, in this process; the timer does not keep a stopping process alive. */
export function startMailPruning(): void {
  const prune = () =>
    pruneOldMail().then(
      (count) => count > 0 && console.log(`[mail] pruned ${count} old outbox row(s)`),
      (error: unknown) => console.error("[mail] pruning the outbox failed", error),
    );
  void prune();
  setInterval(prune, DAY_MS).unref();
}
