import "server-only";
import { isBanActive } from "@/lib/auth/ban";
import { decoyPasswordHash, verifyPassword } from "@/lib/auth/password";
import { checkThrottle, clearAccountFailures, minutesUntil, recordFailedLogin } from "@/lib/auth/throttle";
import { db } from "@/lib/db";
import { usernameKey, type LoginInput } from "@/lib/validation/account";

export type AuthenticationResult =
  | { ok: true; user: { id: string; sessionVersion: number } }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; retryAfterMinutes: number }
  | { ok: false; reason: "banned"; bannedUntil: Date | null; banReason: string };

export type PasswordConfirmation =
  | { ok: true }
  | Extract<AuthenticationResult, { reason: "invalid" }>
  | Extract<AuthenticationResult, { reason: "throttled" }>;

/**
 * Checks a signed-in member's password before a change that needs it (a new
 * password, deleting the account). Wrong answers count as failed log-ins of
 * the account, so a stolen session cannot guess the password any faster
 * than the log-in form allows.
 */
export async function confirmPassword(
  userId: string,
  password: string,
  clientAddress: string,
  now = new Date(),
): Promise<PasswordConfirmation> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { usernameKey: true, passwordHash: true } });
  if (!user) return { ok: false, reason: "invalid" };
  const key = { accountKey: user.usernameKey, clientAddress };
  const throttle = await checkThrottle(key, now);
  if (throttle.throttled) return { ok: false, reason: "throttled", retryAfterMinutes: minutesUntil(throttle.retryAfterMs) };
  if (!(await verifyPassword(user.passwordHash, password))) {
    await recordFailedLogin(key, now);
    return { ok: false, reason: "invalid" };
  }
  await clearAccountFailures(key.accountKey);
  return { ok: true };
}

/**
 * Checks a username and password. An unknown name and a wrong password give
 * the same answer after the same work (a real Argon2 verification), so the
 * answer says nothing about which accounts exist.
 */
export async function authenticate(
  credentials: LoginInput,
  clientAddress: string,
  now = new Date(),
): Promise<AuthenticationResult> {
  const key = { accountKey: usernameKey(credentials.username), clientAddress };
  const throttle = await checkThrottle(key, now);
  if (throttle.throttled) return { ok: false, reason: "throttled", retryAfterMinutes: minutesUntil(throttle.retryAfterMs) };

  const user = await db.user.findUnique({
    where: { usernameKey: key.accountKey },
    select: { id: true, passwordHash: true, sessionVersion: true, bannedAt: true, bannedUntil: true, banReason: true },
  });
  const passwordMatches = await verifyPassword(user?.passwordHash ?? (await decoyPasswordHash()), credentials.password);
  if (!user || !passwordMatches) {
    await recordFailedLogin(key, now);
    return { ok: false, reason: "invalid" };
  }
  // Only after the password matched: a ban and its reason are the member's own business.
  if (isBanActive(user, now)) return { ok: false, reason: "banned", bannedUntil: user.bannedUntil, banReason: user.banReason ?? "" };

  await clearAccountFailures(key.accountKey);
  return { ok: true, user: { id: user.id, sessionVersion: user.sessionVersion } };
}
