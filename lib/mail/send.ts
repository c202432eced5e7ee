import "server-only";
import type { Transporter } from "nodemailer";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { handleJob } from "@/lib/jobs/kinds";
import { sendMailJob } from "@/lib/mail/send-mail-job";
import { siteUrl } from "@/lib/mail/site-url";
import { mailTransport } from "@/lib/mail/transport";

const MAX_ERROR_LENGTH = 1_000;

/** SMTP replies 5xx for what no retry can fix (no such mailbox, refused sender); 4xx and lost connections are worth another try. */
function isPermanent(error: unknown): boolean {
  const code = (error as { responseCode?: unknown }).responseCode;
  return typeof code === "number" && code >= 500;
}

function describe(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.slice(0, MAX_ERROR_LENGTH);
}

/**
 * The mail's Message-ID, fixed by its outbox row: if a crash falls between
 * the SMTP server's acceptance and the row's "sent", the retry carries the
 * same id, so the receiving server and mail clients treat it as the same
 * message rather than a second one.
 */
export function messageIdOf(mailId: string): string {
  return `<${mailId}@${new URL(siteUrl("/")).hostname}>`;
}

/**
 * Sends one outbox row, once: a row already sent is skipped, so a job that
 * runs again (its worker stopped after recording) sends nothing twice. Each
 * try is counted before it starts; a temporary failure is recorded and
 * thrown for the job's back-off, a permanent one or the last try leaves the
 * row FAILED for an admin to look at and send again.
 */
export async function sendQueuedMail(mailId: string, transport: Transporter): Promise<void> {
  const mail = await db.outgoingMail.findUnique({ where: { id: mailId } });
  if (!mail || mail.status === "SENT") return;
  const attempt = mail.attempts + 1;
  await db.outgoingMail.update({ where: { id: mailId }, data: { attempts: attempt, lastAttemptAt: new Date() }, select: { id: true } });
  try {
    const info = await transport.sendMail({
      from: env.MAIL_FROM,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      messageId: messageIdOf(mail.id),
      headers: mail.unsubscribeUrl
        ? { "List-Unsubscribe": `<${mail.unsubscribeUrl}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" }
        : undefined,
    });
    await db.outgoingMail.update({
      where: { id: mailId },
      data: { status: "SENT", sentAt: new Date(), smtpResponse: String(info.response ?? "").slice(0, MAX_ERROR_LENGTH), lastError: null },
      select: { id: true },
    });
  } catch (error) {
    const givingUp = isPermanent(error) || attempt >= sendMailJob.maxAttempts;
    await db.outgoingMail.update({
      where: { id: mailId },
      data: { lastError: describe(error), status: givingUp ? "FAILED" : "QUEUED" },
      select: { id: true },
    });
    if (!givingUp) throw error;
  }
}

/** The job handler, registered only where SMTP_URL is set: elsewhere the jobs wait, and no mail is lost. */
export function sendMailHandler() {
  const transport = mailTransport();
  return transport ? handleJob(sendMailJob, ({ mailId }) => sendQueuedMail(mailId, transport)) : null;
}
