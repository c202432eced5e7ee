import "server-only";
import { db } from "@/lib/db";

/** A sliding window: the oldest counted failure ageing out lifts the limit, so no one is locked out for good. */
export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_ACCOUNT = 10;
/** Higher than per account: several people can share one address (a school, a café). */
export const MAX_FAILURES_PER_ADDRESS = 30;

export type ThrottleKey = { accountKey: string; clientAddress: string };
export type ThrottleStatus = { throttled: false } | { throttled: true; retryAfterMs: number };

async function retryAfter(where: { accountKey: string } | { clientAddress: string }, limit: number, now: Date) {
  const since = new Date(now.getTime() - THROTTLE_WINDOW_MS);
  const recent = await db.failedLogin.findMany({
    where: { ...where, createdAt: { gt: since } },
    orderBy: { createdAt: "desc" },
    take: limit,
    select: { createdAt: true },
  });
  if (recent.length < limit) return 0;
  const oldestCounted = recent[recent.length - 1].createdAt.getTime();
  return oldestCounted + THROTTLE_WINDOW_MS - now.getTime();
}

export async function checkThrottle(key: ThrottleKey, now = new Date()): Promise<ThrottleStatus> {
  const waits = await Promise.all([
    retryAfter({ accountKey: key.accountKey }, MAX_FAILURES_PER_ACCOUNT, now),
    retryAfter({ clientAddress: key.clientAddress }, MAX_FAILURES_PER_ADDRESS, now),
  ]);
  const retryAfterMs = Math.max(...waits);
  return retryAfterMs > 0 ? { throttled: true, retryAfterMs } : { throttled: false };
}

export async function recordFailedLogin(key: ThrottleKey, now = new Date()): Promise<void> {
  await db.$transaction([
    // Rows older than the window count for nothing: prune them as we go.
    db.failedLogin.deleteMany({ where: { createdAt: { lte: new Date(now.getTime() - THROTTLE_WINDOW_MS) } } }),
    db.failedLogin.create({ data: { ...key, createdAt: now } }),
  ]);
}

/** A successful log-in forgives the account's failures (not the address's). */
export async function clearAccountFailures(accountKey: string): Promise<void> {
  await db.failedLogin.deleteMany({ where: { accountKey } });
}

export function minutesUntil(ms: number): number {
  return Math.max(1, Math.ceil(ms / 60_000));
}
