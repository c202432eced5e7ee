import "server-only";
import type { MailMessage } from "@/lib/mail/message";
import { siteUrl } from "@/lib/mail/site-url";

/**
 * Sent instead of a confirmation link when the new address already belongs
 * to an account: its owner learns of the attempt, the one who typed it learns
 * nothing about whose it is.
 */
export function emailInUseMail(): MailMessage {
  return {
    kind: "email-in-use",
    subject: "Someone tried to use your address on Artist Collective",
    paragraphs: ["Another account on Artist Collective asked to use this address. It already belongs to your account, so nothing changed."],
    action: { label: "Forgot your password?", url: siteUrl("/forgot-password") },
    footer: ["You need do nothing. If you did this yourself, you already have an account with this address."],
  };
}
