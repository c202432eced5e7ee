import "server-only";
import { randomUUID } from "node:crypto";
import { checkToken, issueToken, redeemToken } from "@/lib/auth/account-tokens";
import { isUniqueViolation } from "@/lib/database/errors";
import { lockRow } from "@/lib/database/row-lock";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { queueMail } from "@/lib/mail/outbox";
import { confirmEmailChangeMail } from "@/lib/mail/templates/confirm-email-change";
import { emailChangedMail } from "@/lib/mail/templates/email-changed";
import { emailInUseMail } from "@/lib/mail/templates/email-in-use";
import { LIMITS } from "@/lib/rate-limit/limits";
import { takeTurn } from "@/lib/rate-limit/rate-limiter";
import { overLimitMessage } from "@/lib/rate-limit/wait";
import { endRealtimeSessions } from "@/lib/realtime/sessions";
import { done, refused, type Result } from "@/lib/result";
import { emailKeyOf } from "@/lib/validation/email";

export const SAME_EMAIL = "This is already your address.";
export const NOT_YOUR_LINK = "This link was sent for another account. Log in as the member who asked for the change, then open it again.";
export const ADDRESS_NOW_TAKEN =
  "Another account has started using this address since you asked, so it cannot be yours. Choose another in Settings.";
export const ADDRESS_NOT_RESTORABLE =
  "Another account uses this address now, so it cannot be put back. Reset your password with the address your account has, or contact us.";

export function confirmationSent(email: string): string {
  return `We have sent a link to ${email}. Your address changes only when you follow it (within 48 hours, logged in).`;
}

/** What the email settings page shows. */
export async function emailSettingsOf(userId: string) {
  return db.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true, emailVerifiedAt: true } });
}

/**
 * Asks for a new address (the action has checked the password). Nothing
 * changes until the link mailed to the new address is followed. If another
 * account holds it, its owner is told instead and the answer is the same,
 * so the form does not say whose addresses are taken.
 */
export async function requestEmailChange(userId: string, email: string, now = new Date()): Promise<Result> {
  return db.$transaction(async (tx): Promise<Result> => {
    const turn = await takeTurn({ limit: LIMITS.emailChange, subject: userId }, { client: tx, now: now.getTime() });
    if (!turn.ok) return refused(overLimitMessage("ask for", "address change", LIMITS.emailChange, turn.retryAfterMs), "email");
    const member = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { username: true, emailKey: true } });
    const emailKey = emailKeyOf(email);
    if (member.emailKey === emailKey) return refused(SAME_EMAIL, "email");
    const owner = await tx.user.findUnique({ where: { emailKey }, select: { id: true, email: true } });
    if (owner?.email) {
      await queueMail(tx, { to: owner.email, userId: owner.id, eventKey: `email-in-use:${randomUUID()}`, message: emailInUseMail() });
    } else {
      const { id, token } = await issueToken(tx, { userId, purpose: "CHANGE_EMAIL", email, now });
      await queueMail(tx, {
        to: email,
        userId,
        eventKey: `confirm-email-change:${id}`,
        message: confirmEmailChangeMail({ username: member.username, token }),
      });
    }
    return done(undefined, confirmationSent(email));
  });
}

/**
 * The address a change link would make the member's, read without using the
 * link: another member's session must leave it working for its owner.
 */
export async function changeLinkFor(
  userId: string,
  token: string,
  tx: Prisma.TransactionClient = db,
  now = new Date(),
): Promise<Result<string>> {
  const checked = await checkToken(tx, token, "CHANGE_EMAIL", now);
  if (!checked.ok) return checked;
  return checked.value.userId === userId ? done(checked.value.email!) : refused(NOT_YOUR_LINK);
}

/**
 * Makes the link's address the member's, confirmed. Only the member who
 * asked may use the link (another member's session leaves it unused). The
 * replaced address gets a notice with a link that puts it back.
 */
export async function confirmEmailChange(userId: string, token: string, now = new Date()): Promise<Result> {
  try {
    return await db.$transaction(async (tx): Promise<Result> => {
      const checked = await changeLinkFor(userId, token, tx, now);
      if (!checked.ok) return checked;
      const redeemed = await redeemToken(tx, token, "CHANGE_EMAIL", now);
      if (!redeemed.ok) return redeemed;
      const email = redeemed.value.email!;
      await lockRow(tx, "User", userId);
      const member = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { username: true, email: true } });
      const owner = await tx.user.findUnique({ where: { emailKey: emailKeyOf(email) }, select: { id: true } });
      if (owner && owner.id !== userId) return refused(ADDRESS_NOW_TAKEN);
      await tx.user.update({ where: { id: userId }, data: { email, emailKey: emailKeyOf(email), emailVerifiedAt: now } });
      if (member.email && emailKeyOf(member.email) !== emailKeyOf(email)) {
        const undo = await issueToken(tx, { userId, purpose: "UNDO_EMAIL_CHANGE", email: member.email, now });
        await queueMail(tx, {
          to: member.email,
          userId,
          eventKey: `email-changed:${undo.id}`,
          message: emailChangedMail({ username: member.username, token: undo.token }),
        });
      }
      return done(undefined, `Your address is now ${email}.`);
    });
  } catch (error) {
    // A member who took the address between the check and the update.
    if (isUniqueViolation(error)) return refused(ADDRESS_NOW_TAKEN);
    throw error;
  }
}

/**
 * Puts back the address a change replaced, from the notice mailed to it; it
 * needs no session, as whoever changed it may have the only one. Every
 * session ends and every other link of the account stops working (a reset
 * link sent to the new address would give the account straight back).
 */
export async function undoEmailChange(token: string, now = new Date()): Promise<Result> {
  try {
    const result = await db.$transaction(async (tx): Promise<Result<string>> => {
      const redeemed = await redeemToken(tx, token, "UNDO_EMAIL_CHANGE", now);
      if (!redeemed.ok) return redeemed;
      const { userId } = redeemed.value;
      const email = redeemed.value.email!;
      await lockRow(tx, "User", userId);
      const owner = await tx.user.findUnique({ where: { emailKey: emailKeyOf(email) }, select: { id: true } });
      if (owner && owner.id !== userId) return refused(ADDRESS_NOT_RESTORABLE);
      await tx.user.update({
        where: { id: userId },
        data: { email, emailKey: emailKeyOf(email), emailVerifiedAt: now, sessionVersion: { increment: 1 } },
      });
      await tx.accountToken.updateMany({ where: { userId, usedAt: null }, data: { usedAt: now } });
      return done(userId, email);
    });
    if (!result.ok) return result;
    await endRealtimeSessions(result.value);
    return done(
      undefined,
      `Your address is ${result.message} again, and every session has been signed out. If you did not make the change, reset your password now.`,
    );
  } catch (error) {
    if (isUniqueViolation(error)) return refused(ADDRESS_NOT_RESTORABLE);
    throw error;
  }
}
