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

/** A mail as the outbox stores it: already laid out, so an admin's resend sends the very words the first one did. */
export type RenderedMail = Omit<QueuedMail, "message"> & {
  kind: string;
  subject: string;
  text: string;
  html: string;
  unsubscribeUrl?: string | null;
};

/**
 * Writes a mail to the outbox inside the caller's transaction, with the job
 * that sends it: the mail exists if and only if the change that causes it
 * commits. Answers false when this event already has its mail.
 */
export async function queueMail(tx: Prisma.TransactionClient, { message, ...mail }: QueuedMail): Promise<boolean> {
  return (
    (await queueRendered(tx, {
      ...mail,
      kind: message.kind,
      subject: message.subject,
      text: renderText(message),
      html: renderHtml(message),
      unsubscribeUrl: message.unsubscribeUrl,
    })) !== null
  );
}

/** queueMail for a mail already laid out; answers the new row's id, or null when its event already has a mail. */
export async function queueRendered(tx: Prisma.TransactionClient, mail: RenderedMail): Promise<string | null> {
  if (await tx.outgoingMail.findUnique({ where: { eventKey: mail.eventKey }, select: { id: true } })) return null;
  const { id } = await tx.outgoingMail.create({ data: mail, select: { id: true } });
  await enqueueJob(tx, sendMailJob, { mailId: id });
  return id;
}
