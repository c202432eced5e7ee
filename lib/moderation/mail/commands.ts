import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/database/errors";
import { queueRendered } from "@/lib/mail/outbox";
import { asAdmin, recordAudit } from "@/lib/moderation/audit/record";
import { latestResend, resendEventKey, resendsOf } from "@/lib/moderation/mail/queries";
import { done, refused, type ModerationResult } from "@/lib/moderation/result";

export const RESEND_ANSWERS = {
  gone: "This mail is no longer in the log.",
  waiting: "This mail is still waiting to be sent: it goes out on its own.",
  stale: "This mail was sent again meanwhile. Reload the page to see it.",
  queued: "Queued to be sent again: it is at the top of the log.",
} as const;

/**
 * "Send again": a new outbox row with the old one's words, sent by its own
 * job, rather than re-queuing the old row. The log keeps the failed try as
 * it was (its error, its attempts) next to the new one; a mail that was
 * sent gets a new Message-ID, so the receiving server does not drop it as a
 * copy; and the send path stays the outbox's one (a SENT row is never sent
 * again). The click names its resend (n): the event key resend:<id>:<n>
 * makes a repeated post of one click queue nothing more.
 */
export async function resendMail(
  admin: Pick<SessionUser, "id">,
  { mailId, resend }: { mailId: string; resend: number },
): Promise<ModerationResult> {
  return asAdmin(() => queueResend(admin, mailId, resend)).catch((error: unknown) => {
    // Two posts of one click at the same moment: the other one's row holds the event key.
    if (isUniqueViolation(error)) return done(RESEND_ANSWERS.queued);
    throw error;
  });
}

function queueResend(admin: Pick<SessionUser, "id">, mailId: string, resend: number): Promise<ModerationResult> {
  return db.$transaction(async (tx) => {
    const mail = await tx.outgoingMail.findUnique({ where: { id: mailId } });
    if (!mail) return refused(RESEND_ANSWERS.gone);
    if (mail.status === "QUEUED") return refused(RESEND_ANSWERS.waiting);
    const earlier = await tx.outgoingMail.findMany({ where: resendsOf(mailId), select: { eventKey: true } });
    const latest = latestResend(
      mailId,
      earlier.map((row) => row.eventKey),
    );
    // This click went through already (a double post): answer as it did, queue nothing.
    if (resend <= latest) return resend === latest ? done(RESEND_ANSWERS.queued) : refused(RESEND_ANSWERS.stale);
    if (resend !== latest + 1) return refused(RESEND_ANSWERS.stale);
    const { kind, to, userId, subject, text, html, unsubscribeUrl } = mail;
    const newId = await queueRendered(tx, {
      eventKey: resendEventKey(mailId, resend),
      kind,
      to,
      userId: userId ?? undefined,
      subject,
      text,
      html,
      unsubscribeUrl,
    });
    // Another post of this click committed between the read above and this write: it queued and recorded it.
    if (!newId) return done(RESEND_ANSWERS.queued);
    await recordAudit(tx, admin, {
      action: "RESEND_MAIL",
      // The subject, not the address: the audit log is kept for good, mail rows are not.
      target: { type: "MAIL", id: newId, label: `${kind}: ${subject}`, ownerId: userId },
      detail: `${mail.status === "FAILED" ? "Failed" : "Sent"} mail ${mailId}, resend ${resend}`,
    });
    return done(RESEND_ANSWERS.queued);
  });
}
