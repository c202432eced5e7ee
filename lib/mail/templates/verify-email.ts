import "server-only";
import type { MailMessage } from "@/lib/mail/message";
import { siteUrl } from "@/lib/mail/site-url";

/** The link that confirms a member's address; the page it opens asks for a click, so a mail scanner's visit changes nothing. */
export function verifyEmailMail({ username, token }: { username: string; token: string }): MailMessage {
  return {
    kind: "verify-email",
    subject: "Confirm your email address for Artist Collective",
    paragraphs: [
      `Hello ${username},`,
      "Please confirm that this is your email address. Until you do, you can browse, rate and comment, but not upload artwork or start chat rooms.",
    ],
    action: { label: "Confirm my address", url: siteUrl(`/verify-email?token=${encodeURIComponent(token)}`) },
    footer: [
      "The link works for 48 hours.",
      "If you did not sign up for Artist Collective, ignore this mail: nothing happens without the link.",
    ],
  };
}
