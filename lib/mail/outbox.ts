import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { enqueueJob } from "@/lib/jobs/queue";
import type { MailMessage } from "@/lib/mail/message";
import { renderHtml, renderText } from "@/lib/mail/render";
import { sendMailJob } from "@/lib/mail/send-mail-job";

export type QueuedMail = {
  to: string;
  /** The member the mail concerns, if any. */
  userId?: string;
  /** Names the event ("verify-email:<token id>"): a second mail for the same event is not queued. */
  eventKey: string;
  message: MailMessage;
};

/**
 * Writes a mail to the outbox inside the caller's transaction, with the job
 * that sends it: the mail exists if and only if the change that causes it
 * commits. Answers false when this event already has its mail.
 */
export async function queueMail(tx: Prisma.TransactionClient, { to, userId, eventKey, message }: QueuedMail): Promise<boolean> {
  if (await tx.outgoingMail.findUnique({ where: { eventKey }, select: { id: true } })) return false;
  const mail = await tx.outgoingMail.create({
    data: {
      eventKey,
      kind: message.kind,
      to,
      userId,
      subject: message.subject,
      text: renderText(message),
      html: renderHtml(message),
      unsubscribeUrl: message.unsubscribeUrl,
    },
    select: { id: true },
  });
  await enqueueJob(tx, sendMailJob, { mailId: mail.id });
  return true;
}
