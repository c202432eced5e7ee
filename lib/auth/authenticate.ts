import "server-only";
import { isBanActive } from "@/lib/auth/ban";
import { reserveLoginAttempt, settleSuccessfulLogin, type LoginAttempt } from "@/lib/auth/login-limits";
import { decoyPasswordHash, verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { usernameKey, type LoginInput } from "@/lib/auth/schemas";
import { emailKeyOf } from "@/lib/validation/email";

export type AuthenticationResult =
  | { ok: true; user: { id: string; sessionVersion: number } }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; retryAfterMs: number }
  | { ok: false; reason: "banned"; bannedUntil: Date | null; banReason: string };

export type PasswordConfirmation =
  { ok: true } | Extract<AuthenticationResult, { reason: "invalid" }> | Extract<AuthenticationResult, { reason: "throttled" }>;

type PasswordCheck = { attempt: LoginAttempt; passwordHash: string | undefined; password: string; now: Date };

/**
 * The attempt takes its turns under the log-in limits first, and only then
 * costs an Argon2 verification: concurrent guesses beyond the limit are
 * refused without being checked. A missing account is verified against a
 * decoy hash, so it costs the same as a wrong password.
 */
async function checkPassword({ attempt, passwordHash, password, now }: PasswordCheck) {
  const reserved = await reserveLoginAttempt(attempt, now.getTime());
  if (!reserved.ok) return { ok: false, reason: "throttled", retryAfterMs: reserved.retryAfterMs } as const;
  const matches = await verifyPassword(passwordHash ?? (await decoyPasswordHash()), password);
  if (!passwordHash || !matches) return { ok: false, reason: "invalid" } as const;
  return { ok: true } as const;
}

/**
 * Checks a signed-in member's password before a change that needs it (a new
 * password, deleting the account). Wrong answers count as failed log-ins
 * from this address, so a stolen session cannot guess the password any
 * faster than the log-in form allows; the member's own browser is known.
 */
export async function confirmPassword(
  userId: string,
  password: string,
  clientAddress: string,
  now = new Date(),
): Promise<PasswordConfirmation> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { usernameKey: true, passwordHash: true } });
  if (!user) return { ok: false, reason: "invalid" };
  const attempt = { accountKey: user.usernameKey, clientAddress, knownDevice: true };
  const checked = await checkPassword({ attempt, passwordHash: user.passwordHash, password, now });
  if (checked.ok) await settleSuccessfulLogin(attempt);
  return checked;
}

const isEmail = (identifier: string) => identifier.includes("@");

/** A log-in name with an "@" is an email address (usernames cannot hold one), compared ignoring case. */
function accountWhere(identifier: string) {
  return isEmail(identifier) ? { emailKey: emailKeyOf(identifier) } : { usernameKey: usernameKey(identifier) };
}

function typedKey(identifier: string): string {
  return isEmail(identifier) ? emailKeyOf(identifier) : usernameKey(identifier);
}

/**
 * The key the log-in limits and the known-device cookie count under: the
 * account's username key, whether the member typed their name or their
 * address, so both ways share one budget. An unknown identifier counts
 * under its own key.
 */
export async function loginAccountKey(identifier: string): Promise<string> {
  const user = await db.user.findUnique({ where: accountWhere(identifier), select: { usernameKey: true } });
  return user?.usernameKey ?? typedKey(identifier);
}

/**
 * Checks a username or email address and a password. An unknown account and
 * a wrong password give the same answer after the same work, so the answer
 * says nothing about which accounts (or addresses) exist.
 */
export async function authenticate(
  credentials: LoginInput,
  client: { address: string; knownDevice: boolean },
  now = new Date(),
): Promise<AuthenticationResult> {
  const user = await db.user.findUnique({
    where: accountWhere(credentials.username),
    select: { id: true, usernameKey: true, passwordHash: true, sessionVersion: true, bannedAt: true, bannedUntil: true, banReason: true },
  });
  const accountKey = user?.usernameKey ?? typedKey(credentials.username);
  const attempt = { accountKey, clientAddress: client.address, knownDevice: client.knownDevice };
  const checked = await checkPassword({ attempt, passwordHash: user?.passwordHash, password: credentials.password, now });
  if (!checked.ok) return checked;
  // A password can only have matched the hash of an account that exists.
  const member = user!;
  await settleSuccessfulLogin(attempt);
  // Only after the password matched: a ban and its reason are the member's own business.
  if (isBanActive(member, now)) return { ok: false, reason: "banned", bannedUntil: member.bannedUntil, banReason: member.banReason ?? "" };
  return { ok: true, user: { id: member.id, sessionVersion: member.sessionVersion } };
}
