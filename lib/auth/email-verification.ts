import "server-only";
import { checkToken, issueToken, redeemToken, TOKEN_USED } from "@/lib/auth/account-tokens";
import { linkProblem } from "@/lib/auth/link-problem";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { queueMail } from "@/lib/mail/outbox";
import { verifyEmailMail } from "@/lib/mail/templates/verify-email";
import { LIMITS } from "@/lib/rate-limit/limits";
import { takeTurn } from "@/lib/rate-limit/rate-limiter";
import { overLimitMessage } from "@/lib/rate-limit/wait";
import { done, refused, type Result } from "@/lib/result";
import { emailKeyOf } from "@/lib/validation/email";

export const VERIFIED_MESSAGE = "Your email address is confirmed. You can now upload artwork and start chat rooms.";
export const OTHER_ACCOUNT_MESSAGE = "This link confirms the address of another account. Log out, then open the link again.";
export const ADDRESS_CHANGED_MESSAGE = "This link is for an address that is no longer on the account. Use the link in the newest mail.";
export const NO_ADDRESS_MESSAGE = "Your account has no email address yet. Add one in Settings first.";
export const ALREADY_VERIFIED_MESSAGE = "Your email address is already confirmed.";

/**
 * Issues a confirmation link for the member's address and queues its mail,
 * in the caller's transaction: both exist only if the change that needs
 * them commits. A newer link makes the older ones stop working.
 */
export async function mailVerificationLink(
  tx: Prisma.TransactionClient,
  { userId, username, email }: { userId: string; username: string; email: string },
): Promise<void> {
  const { id, token } = await issueToken(tx, { userId, purpose: "VERIFY_EMAIL", email });
  await queueMail(tx, { to: email, userId, eventKey: `verify-email:${id}`, message: verifyEmailMail({ username, token }) });
}

/**
 * Confirms an address from its link. A member signed in to another account
 * is refused (the link must not confirm their address), and the address
 * must still be the one on the account: an address replaced since the mail
 * was sent stays unconfirmed. A refusal uses nothing up.
 */
export async function verifyEmail(token: string, signedInUserId: string | null, now = new Date()): Promise<Result> {
  return db.$transaction(async (tx): Promise<Result> => {
    const checked = await checkToken(tx, token, "VERIFY_EMAIL", now);
    if (!checked.ok) return checked;
    const { userId, email } = checked.value;
    if (signedInUserId && signedInUserId !== userId) return refused(OTHER_ACCOUNT_MESSAGE);
    const user = await tx.user.findUnique({ where: { id: userId }, select: { email: true, emailVerifiedAt: true } });
    if (!user?.email || !email || emailKeyOf(user.email) !== emailKeyOf(email)) return refused(ADDRESS_CHANGED_MESSAGE);
    const redeemed = await redeemToken(tx, token, "VERIFY_EMAIL", now);
    if (!redeemed.ok) return redeemed;
    if (!user.emailVerifiedAt) await tx.user.update({ where: { id: userId }, data: { emailVerifiedAt: now } });
    return done(undefined, VERIFIED_MESSAGE);
  });
}

/**
 * For the link's page: ready to confirm, or already used to confirm the
 * address the account still has (what a form posted without JavaScript
 * shows once the page renders again), or what is wrong with it.
 */
export async function verificationLinkState(token: unknown): Promise<Result<"ready" | "confirmed">> {
  const problem = await linkProblem(token, "VERIFY_EMAIL");
  if (problem === null) return done("ready");
  // TOKEN_USED is answered only once the secret matched: the link is genuine.
  if (problem !== TOKEN_USED) return refused(problem);
  const row = await db.accountToken.findUnique({
    where: { id: String(token).split(".")[0] },
    select: { email: true, user: { select: { email: true, emailVerifiedAt: true } } },
  });
  const { email, user } = row ?? {};
  const confirmed = email && user?.email && user.emailVerifiedAt && emailKeyOf(user.email) === emailKeyOf(email);
  return confirmed ? done("confirmed", VERIFIED_MESSAGE) : refused(problem);
}

/** "Send the link again": a new link to the member's unconfirmed address, within the per-member limit. */
export async function resendVerification(userId: string): Promise<Result> {
  return db.$transaction(async (tx): Promise<Result> => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { username: true, email: true, emailVerifiedAt: true } });
    if (!user?.email) return refused(NO_ADDRESS_MESSAGE);
    if (user.emailVerifiedAt) return done(undefined, ALREADY_VERIFIED_MESSAGE);
    const turn = await takeTurn({ limit: LIMITS.verificationMail, subject: userId }, { client: tx });
    if (!turn.ok) return refused(overLimitMessage("ask for", "link", LIMITS.verificationMail, turn.retryAfterMs));
    await mailVerificationLink(tx, { userId, username: user.username, email: user.email });
    return done(undefined, `We sent a new link to ${user.email}. It can take a few minutes to arrive.`);
  });
}
