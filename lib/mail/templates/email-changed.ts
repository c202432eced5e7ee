import "server-only";
import type { MailMessage } from "@/lib/mail/message";
import { siteUrl } from "@/lib/mail/site-url";

/** Sent to the address a change replaced, with the only way back should the change not be theirs. */
export function emailChangedMail({ username, token }: { username: string; token: string }): MailMessage {
  return {
    kind: "email-changed",
    subject: "Your Artist Collective address was changed",
    paragraphs: [
      `The email address of ${username} on Artist Collective was changed, and this address is no longer used.`,
      "If you did not make this change, the link below puts this address back and signs out every session. It works for 7 days.",
    ],
    action: { label: "Undo the change", url: siteUrl(`/email-change/undo?token=${encodeURIComponent(token)}`) },
    footer: ["If you made the change yourself, ignore this mail."],
  };
}
