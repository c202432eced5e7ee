import "server-only";
import type { MailMessage } from "@/lib/mail/message";
import { siteUrl } from "@/lib/mail/site-url";

/** Sent to the new address: the change happens only when its owner follows this. */
export function confirmEmailChangeMail({ username, token }: { username: string; token: string }): MailMessage {
  return {
    kind: "confirm-email-change",
    subject: "Confirm your new Artist Collective address",
    paragraphs: [
      `${username} asked to use this address on Artist Collective.`,
      "The link works once, for 48 hours, while you are logged in as them.",
    ],
    action: { label: "Use this address", url: siteUrl(`/email-change/confirm?token=${encodeURIComponent(token)}`) },
    footer: ["If you did not ask for this, ignore this mail: nothing changes."],
  };
}
