import "server-only";
import { db } from "@/lib/db";
import { containsText } from "@/lib/database/text-search";
import { Prisma, type MailStatus } from "@/lib/generated/prisma/client";
import { requireAdmin } from "@/lib/moderation/guard";
import { MAIL_STATUS_FILTERS, type MailListQuery } from "@/lib/moderation/mail/schemas";
import { withLinksHidden } from "@/lib/moderation/mail/redact";
import { inOrder, loadIdPage } from "@/lib/paging/id-page";
import type { Page } from "@/lib/paging/page";

export const MAIL_PAGE_SIZE = 50;

export type MailLogRow = {
  id: string;
  kind: string;
  to: string;
  subject: string;
  status: MailStatus;
  attempts: number;
  lastAttemptAt: Date | null;
  lastError: string | null;
  sentAt: Date | null;
  createdAt: Date;
  /** The plain-text part with every link hidden (lib/moderation/mail/redact.ts). */
  text: string;
  /** The number of an admin's latest resend of it (0 for none): the next "Send again" asks for this plus one. */
  resends: number;
};

/** The eventKey of an admin's nth resend of a mail (lib/moderation/mail/commands.ts). */
export const resendEventKey = (mailId: string, n: number) => `${resendPrefix(mailId)}${n}`;
const resendPrefix = (mailId: string) => `resend:${mailId}:`;

/** The latest resend's number among these event keys: a maximum, not a count, so a pruned resend never frees its number. */
export function latestResend(mailId: string, eventKeys: string[]): number {
  const prefix = resendPrefix(mailId);
  return Math.max(0, ...eventKeys.filter((key) => key.startsWith(prefix)).map((key) => Number(key.slice(prefix.length)) || 0));
}

/** Where to look for a mail's resends' event keys. */
export const resendsOf = (mailId: string) => ({ eventKey: { startsWith: resendPrefix(mailId) } });

function conditions({ status, to, id }: MailListQuery): Prisma.Sql[] {
  const where: Prisma.Sql[] = [];
  if (id) where.push(Prisma.sql`t."id" = ${id}`);
  if (status !== "any") where.push(Prisma.sql`t."status" = ${MAIL_STATUS_FILTERS[status]}`);
  if (to) where.push(containsText([Prisma.sql`t."to"`], to));
  return where;
}

/**
 * The mail log for /admin/mail, newest first (the createdAt and
 * status-createdAt indexes serve it), with each row's resend count in one
 * more query. 404 for anyone but an admin, like every admin read.
 */
export async function listMail(query: MailListQuery): Promise<Page<MailLogRow>> {
  await requireAdmin();
  const ids = await loadIdPage<string>(
    { from: Prisma.sql`"OutgoingMail" AS t`, where: conditions(query), orderBy: Prisma.sql`t."createdAt" DESC, t."id" DESC` },
    query.page,
    MAIL_PAGE_SIZE,
  );
  const [rows, resends] = await Promise.all([
    db.outgoingMail.findMany({ where: { id: { in: ids.items } }, omit: { html: true } }),
    db.outgoingMail.findMany({
      where: { OR: ids.items.map(resendsOf) },
      select: { eventKey: true },
    }),
  ]);
  const resendKeys = resends.map((row) => row.eventKey);
  const items = inOrder(ids.items, rows).map((row) => ({
    id: row.id,
    kind: row.kind,
    to: row.to,
    subject: row.subject,
    status: row.status,
    attempts: row.attempts,
    lastAttemptAt: row.lastAttemptAt,
    lastError: row.lastError,
    sentAt: row.sentAt,
    createdAt: row.createdAt,
    text: withLinksHidden(row.text),
    resends: latestResend(row.id, resendKeys),
  }));
  return { ...ids, items };
}
