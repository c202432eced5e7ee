import { z } from "zod";
import { choiceQuery, listQuery, searchQuery } from "@/lib/paging/list-query";
import { recordIdSchema } from "@/lib/moderation/schemas";

export const MAIL_STATUS_FILTERS = { queued: "QUEUED", sent: "SENT", failed: "FAILED" } as const;

/** /admin/mail?status=failed&to=…&id=…&page=…: the status, a part of the recipient's address, or one mail (an audit entry's link). */
export const mailListQuery = listQuery({
  status: choiceQuery(["any", "queued", "sent", "failed"], "any"),
  to: searchQuery,
  id: recordIdSchema("mail").optional().catch(undefined),
});

export type MailListQuery = ReturnType<typeof mailListQuery.parse>;

/**
 * "Send again": the mail, and which resend of it this click asks for (the
 * page shows the next number). Two posts of one click carry the same number,
 * so they name one outbox event and only one mail goes out.
 */
export const resendMailSchema = z.object({
  mailId: recordIdSchema("mail"),
  resend: z.coerce.number({ error: "Reload the page and try again" }).int().min(1).max(1_000),
});
