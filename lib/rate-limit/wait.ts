/** Durations in the words a form shows: rounded up, so "in 1 minute" never means "now, almost". */

const UNITS = [
  { ms: 86_400_000, name: "day" },
  { ms: 3_600_000, name: "hour" },
  { ms: 60_000, name: "minute" },
  { ms: 1_000, name: "second" },
] as const;

function count(amount: number, name: string): string {
  return `${amount} ${name}${amount === 1 ? "" : "s"}`;
}

/** "40 seconds", "90 minutes", "3 hours": seconds up to a minute, then the largest unit that says at least 2. */
export function waitPhrase(ms: number): string {
  const unit = ms <= 60_000 ? UNITS[3] : (UNITS.slice(0, 3).find((candidate) => ms >= candidate.ms * 2) ?? UNITS[2]);
  return count(Math.max(1, Math.ceil(ms / unit.ms)), unit.name);
}

/** "an hour", "a day", "every 15 minutes", "every 5 seconds". */
export function perWindow(windowMs: number): string {
  const exact = UNITS.find((unit) => windowMs % unit.ms === 0) ?? UNITS[3];
  const amount = windowMs / exact.ms;
  if (amount === 1) return exact.name === "hour" ? "an hour" : `a ${exact.name}`;
  return `every ${count(amount, exact.name)}`;
}

export function tryAgainIn(ms: number): string {
  return `Try again in ${waitPhrase(ms)}.`;
}

/** "You can post 10 comments a minute. Try again in 6 seconds." (verb "post", noun "comment") */
export function overLimitMessage(verb: string, noun: string, limit: { max: number; windowMs: number }, retryAfterMs: number): string {
  return `You can ${verb} ${count(limit.max, noun)} ${perWindow(limit.windowMs)}. ${tryAgainIn(retryAfterMs)}`;
}
