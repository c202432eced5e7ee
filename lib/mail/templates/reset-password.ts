import "server-only";
import type { MailMessage } from "@/lib/mail/message";
import { siteUrl } from "@/lib/mail/site-url";

/** The forgotten-password link; sent only to the address the account already has. */
export function resetPasswordMail({ username, token }: { username: string; token: string }): MailMessage {
  return {
    kind: "reset-password",
    subject: "Reset your Artist Collective password",
    paragraphs: [
      `Someone asked to reset the password of ${username} on Artist Collective.`,
      "The link works once, for one hour. Setting a new password signs you out everywhere.",
    ],
    action: { label: "Choose a new password", url: siteUrl(`/reset-password?token=${encodeURIComponent(token)}`) },
    footer: ["If you did not ask for this, ignore this mail: your password stays as it is."],
  };
}
