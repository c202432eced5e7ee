import "server-only";
import type { MailMessage } from "@/lib/mail/message";
import { siteUrl } from "@/lib/mail/site-url";

/** A rename changes how others find the member and how they log in: the address's owner hears of it. */
export function usernameChangedMail({ oldUsername, newUsername }: { oldUsername: string; newUsername: string }): MailMessage {
  return {
    kind: "username-changed",
    subject: "Your Artist Collective username was changed",
    paragraphs: [
      `Your username on Artist Collective was changed from ${oldUsername} to ${newUsername}. Log in with the new one from now on.`,
      "If this was not you, reset your password at once.",
    ],
    action: { label: "Reset your password", url: siteUrl("/forgot-password") },
  };
}
