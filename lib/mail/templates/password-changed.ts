import "server-only";
import type { MailMessage } from "@/lib/mail/message";
import { siteUrl } from "@/lib/mail/site-url";

/** After a reset: the member hears of it even if someone else did it. */
export function passwordChangedMail({ username }: { username: string }): MailMessage {
  return {
    kind: "password-changed",
    subject: "Your Artist Collective password was changed",
    paragraphs: [
      `The password of ${username} on Artist Collective was just changed through a reset link, and every session was signed out.`,
      "If this was not you, ask for a new reset link at once: someone else can read your mail.",
    ],
    action: { label: "Reset your password", url: siteUrl("/forgot-password") },
  };
}
