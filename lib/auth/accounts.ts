import "server-only";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { LIMITS } from "@/lib/rate-limit/limits";
import { takeTurn } from "@/lib/rate-limit/rate-limiter";
import { isUniqueViolation } from "@/lib/database/errors";
import type { Prisma, Role } from "@/lib/generated/prisma/client";
import { mailVerificationLink } from "@/lib/auth/email-verification";
import { queueMail } from "@/lib/mail/outbox";
import { signupAddressTakenMail } from "@/lib/mail/templates/signup-address-taken";
import { emailKeyOf } from "@/lib/validation/email";
import { endRealtimeSessions } from "@/lib/realtime/sessions";
import { tryAgainIn } from "@/lib/rate-limit/wait";
import { done, refused, type Result } from "@/lib/result";
import { EMAIL_TAKEN_MESSAGE, USERNAME_TAKEN_MESSAGE, usernameKey, type RegisterInput } from "@/lib/auth/schemas";

/** A new account: a sign-up's fields, or what the seed and `npm run admin:create` give (an address they vouch for). */
export type NewAccount = { username: string; password: string; email?: string | null; emailVerified?: boolean };

/**
 * Creates a member, and when the address is given, holds it for them; the
 * unique indexes (not a prior lookup) settle races between two sign-ups.
 * Taking a name someone used before ends its redirect to them, in the same
 * transaction. `andThen` runs in that transaction too (the mails a sign-up
 * sends). Answers the new member's id; a taken address is refused under
 * the "email" field.
 */
export async function createAccount(
  { username, password, email = null, emailVerified = false }: NewAccount,
  role: Role = "USER",
  andThen?: (tx: Prisma.TransactionClient, userId: string) => Promise<void>,
  passwordHash?: string,
): Promise<Result<string>> {
  const hash = passwordHash ?? (await hashPassword(password));
  const key = usernameKey(username);
  const address = email && { email, emailKey: emailKeyOf(email), emailVerifiedAt: emailVerified ? new Date() : null };
  try {
    const userId = await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { username, usernameKey: key, passwordHash: hash, role, ...address },
        select: { id: true },
      });
      await tx.usernameRedirect.deleteMany({ where: { usernameKey: key } });
      await andThen?.(tx, user.id);
      return user.id;
    });
    return done(userId);
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    if (await db.user.count({ where: { usernameKey: key } })) return refused(USERNAME_TAKEN_MESSAGE, "username");
    return refused(EMAIL_TAKEN_MESSAGE, "email");
  }
}

/**
 * A visitor's sign-up. The cheap refusals come first: a taken name costs
 * neither a turn under the per-address limit nor a password hash; the turn
 * is taken before the hash, the expensive part a flood would aim at.
 *
 * A taken address is answered exactly as a free one, so the form tells no
 * one whose address is registered: the account is created without it (the
 * member is then asked to add one), and the address's owner is told by
 * mail. A free address gets its confirmation link.
 */
export async function signUp(input: RegisterInput, clientAddress: string): Promise<Result<string>> {
  if (await db.user.count({ where: { usernameKey: usernameKey(input.username) } })) return refused(USERNAME_TAKEN_MESSAGE, "username");
  const turn = await takeTurn({ limit: LIMITS.signup, subject: clientAddress });
  if (!turn.ok) return refused(`Too many accounts were created from your network. ${tryAgainIn(turn.retryAfterMs)}`);
  const passwordHash = await hashPassword(input.password);
  if (!(await db.user.count({ where: { emailKey: emailKeyOf(input.email) } }))) {
    const created = await createAccount(input, "USER", (tx, userId) => mailVerificationLink(tx, { userId, ...input }), passwordHash);
    // Taken between the look-up and the insert: answered as a taken address from the start.
    if (created.ok || created.field !== "email") return created;
  }
  return createAccount({ ...input, email: null }, "USER", (tx, userId) => tellAddressOwner(tx, userId, input.email), passwordHash);
}

async function tellAddressOwner(tx: Prisma.TransactionClient, newUserId: string, email: string): Promise<void> {
  const owner = await tx.user.findUnique({ where: { emailKey: emailKeyOf(email) }, select: { id: true, username: true, email: true } });
  if (!owner?.email) return;
  const message = signupAddressTakenMail({ username: owner.username });
  await queueMail(tx, { to: owner.email, userId: owner.id, eventKey: `signup-address-taken:${newUserId}`, message });
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
