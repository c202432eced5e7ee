import "server-only";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { LIMITS } from "@/lib/rate-limit/limits";
import { takeTurn } from "@/lib/rate-limit/rate-limiter";
import { isUniqueViolation } from "@/lib/database/errors";
import type { Role } from "@/lib/generated/prisma/client";
import { endRealtimeSessions } from "@/lib/realtime/sessions";
import { tryAgainIn } from "@/lib/rate-limit/wait";
import { done, refused, type Result } from "@/lib/result";
import { USERNAME_TAKEN_MESSAGE, usernameKey, type RegisterInput } from "@/lib/auth/schemas";

/**
 * Creates a member; the unique index (not a prior lookup) settles races
 * between two sign-ups. Taking a name someone used before ends its redirect
 * to them, in the same transaction. Answers the new member's id.
 */
export async function createAccount(input: RegisterInput, role: Role = "USER"): Promise<Result<string>> {
  const passwordHash = await hashPassword(input.password);
  const key = usernameKey(input.username);
  try {
    const [user] = await db.$transaction([
      db.user.create({ data: { username: input.username, usernameKey: key, passwordHash, role }, select: { id: true } }),
      db.usernameRedirect.deleteMany({ where: { usernameKey: key } }),
    ]);
    return done(user.id);
  } catch (error) {
    if (isUniqueViolation(error)) return refused(USERNAME_TAKEN_MESSAGE, "username");
    throw error;
  }
}

/**
 * A visitor's sign-up. The cheap refusals come first: a taken name costs
 * neither a turn under the per-address limit nor a password hash; the turn
 * is taken before the hash, the expensive part a flood would aim at.
 */
export async function signUp(input: RegisterInput, clientAddress: string): Promise<Result<string>> {
  if (await db.user.count({ where: { usernameKey: usernameKey(input.username) } })) return refused(USERNAME_TAKEN_MESSAGE, "username");
  const turn = await takeTurn({ limit: LIMITS.signup, subject: clientAddress });
  if (!turn.ok) return refused(`Too many accounts were created from your network. ${tryAgainIn(turn.retryAfterMs)}`);
  return createAccount(input);
}

/**
 * Ends every session of the user at once: each token carries the old
 * version and is refused from now on, and their live chat connections close.
 */
export async function endAllSessions(userId: string): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
  await endRealtimeSessions(userId);
}

/** Sets a new password and ends every session, so a stolen session (and its live chat connection) dies with the old password. */
export async function replacePassword(userId: string, newPassword: string): Promise<void> {
  const passwordHash = await hashPassword(newPassword);
  await db.user.update({ where: { id: userId }, data: { passwordHash, sessionVersion: { increment: 1 } } });
  await endRealtimeSessions(userId);
}
