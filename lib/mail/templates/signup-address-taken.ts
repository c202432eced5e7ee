import "server-only";
import type { MailMessage } from "@/lib/mail/message";
import { siteUrl } from "@/lib/mail/site-url";

/**
 * Sent to the owner of an address someone used to sign up: the sign-up page
 * answers the same whether an address is taken, so only the owner learns it.
 */
export function signupAddressTakenMail({ username }: { username: string }): MailMessage {
  return {
    kind: "signup-address-taken",
    subject: "Someone tried to sign up with your email address",
    paragraphs: [
      `Hello ${username},`,
      "Someone just tried to create a new Artist Collective account with this email address, which already belongs to your account. The new account did not get your address.",
      "If it was you, log in to your existing account instead, with your username or this address.",
    ],
    action: { label: "Log in", url: siteUrl("/login") },
    footer: [
      `Forgot your password? Reset it here: ${siteUrl("/forgot-password")}`,
      "If it was not you, you need do nothing: your account has not changed.",
    ],
  };
}
