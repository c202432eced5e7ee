import "server-only";
import { setTimeout as sleep } from "node:timers/promises";
import { checkToken, issueToken, redeemToken, TOKEN_INVALID } from "@/lib/auth/account-tokens";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { queueMail } from "@/lib/mail/outbox";
import { passwordChangedMail } from "@/lib/mail/templates/password-changed";
import { resetPasswordMail } from "@/lib/mail/templates/reset-password";
import { LIMITS } from "@/lib/rate-limit/limits";
import { takeTurn } from "@/lib/rate-limit/rate-limiter";
import { overLimitMessage, tryAgainIn } from "@/lib/rate-limit/wait";
import { endRealtimeSessions } from "@/lib/realtime/sessions";
import { done, refused, type Result } from "@/lib/result";
import { emailKeyOf } from "@/lib/validation/email";

export const RESET_LINK_SENT =
  "If an account has this address, we have sent it a link to choose a new password. It works for one hour; check your spam folder if it does not arrive.";
export const PASSWORD_RESET_DONE = "Your password has been changed and every session signed out. Log in with your new password.";

/**
 * Every answer takes at least this long, whichever branch ran: what is left
 * of the work differs by a few row writes (the mail itself goes out later,
 * from the outbox), far inside this floor.
 */
const EVEN_ANSWER_MS = 250;

/**
 * A forgotten password. The answer is the same whether or not a member has
 * the address (RESET_LINK_SENT), so the form cannot be used to learn who is
 * a member; only the address's owner hears anything, by mail. The address
 * may be unconfirmed: the link goes only to the address the account holds,
 * and following it proves the inbox is theirs (so it confirms the address).
 * The per-client and per-address limits are taken for known and unknown addresses alike; the
 * per-account one refuses silently, as a refusal naming the account would
 * say it exists.
 */
export async function requestPasswordReset(email: string, clientAddress: string, now = new Date()): Promise<Result> {
  const answerAt = Date.now() + EVEN_ANSWER_MS;
  const emailKey = emailKeyOf(email);
  const result = await db.$transaction(async (tx): Promise<Result> => {
    // One client asking for links to many addresses: a mail bomb, or a probe of which addresses are members.
    const perClient = await takeTurn({ limit: LIMITS.passwordResetClient, subject: clientAddress }, { client: tx, now: now.getTime() });
    if (!perClient.ok)
      return refused(`Too many reset links were asked for from your network. ${tryAgainIn(perClient.retryAfterMs)}`, "email");
    const perAddress = await takeTurn({ limit: LIMITS.passwordResetAddress, subject: emailKey }, { client: tx, now: now.getTime() });
    if (!perAddress.ok) {
      return refused(overLimitMessage("ask for", "reset link", LIMITS.passwordResetAddress, perAddress.retryAfterMs), "email");
    }
    const member = await tx.user.findUnique({ where: { emailKey }, select: { id: true, username: true, email: true } });
    const perAccount = await takeTurn(
      { limit: LIMITS.passwordResetAccount, subject: member?.id ?? `unknown:${emailKey}` },
      { client: tx, now: now.getTime() },
    );
    if (member?.email && perAccount.ok) {
      const { id, token } = await issueToken(tx, { userId: member.id, purpose: "RESET_PASSWORD", email: member.email, now });
      await queueMail(tx, {
        to: member.email,
        userId: member.id,
        eventKey: `reset-password:${id}`,
        message: resetPasswordMail({ username: member.username, token }),
      });
    }
    return done(undefined, RESET_LINK_SENT);
  });
  await sleep(Math.max(0, answerAt - Date.now()));
  return result;
}

/**
 * Sets the password a reset link allows. The link is used up with the change
 * (one transaction); the session version ends every session, a thief's too;
 * nobody is signed in, so the new password is proved at the log-in form.
 * A link mailed to an address the account no longer has does nothing.
 */
export async function resetPassword(token: string, newPassword: string, now = new Date()): Promise<Result> {
  // The cheap check first: a forged link must not cost an Argon2 hash.
  const checked = await checkToken(db, token, "RESET_PASSWORD", now);
  if (!checked.ok) return checked;
  const passwordHash = await hashPassword(newPassword);
  const result = await db.$transaction(async (tx): Promise<Result<string>> => {
    const redeemed = await redeemToken(tx, token, "RESET_PASSWORD", now);
    if (!redeemed.ok) return redeemed;
    const member = await tx.user.findUniqueOrThrow({
      where: { id: redeemed.value.userId },
      select: { id: true, username: true, email: true, emailKey: true, emailVerifiedAt: true },
    });
    if (!member.email || !redeemed.value.email || member.emailKey !== emailKeyOf(redeemed.value.email)) return refused(TOKEN_INVALID);
    await tx.user.update({
      where: { id: member.id },
      data: { passwordHash, sessionVersion: { increment: 1 }, emailVerifiedAt: member.emailVerifiedAt ?? now },
    });
    await queueMail(tx, {
      to: member.email,
      userId: member.id,
      eventKey: `password-changed:${redeemed.value.id}`,
      message: passwordChangedMail(member),
    });
    return done(member.id);
  });
  if (!result.ok) return result;
  await endRealtimeSessions(result.value);
  return done(undefined, PASSWORD_RESET_DONE);
}
