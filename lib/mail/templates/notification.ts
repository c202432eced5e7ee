import "server-only";
import type { MailMessage } from "@/lib/mail/message";
import { siteUrl } from "@/lib/mail/site-url";

const SUBJECT_LENGTH = 110;
const DIGEST_LINES = 50;

const settingsLine = (why: string) =>
  `${why} Choose what you hear of, and how, in your notification settings: ${siteUrl("/settings/notifications")}`;

/** One notification, at once: what happened and the way to it. */
export function notificationMail({
  sentence,
  openUrl,
  typeLabel,
  unsubscribeUrl,
}: {
  sentence: string;
  openUrl: string;
  typeLabel: string;
  unsubscribeUrl: string;
}): MailMessage {
  return {
    kind: "notification",
    subject: sentence.length > SUBJECT_LENGTH ? `${sentence.slice(0, SUBJECT_LENGTH - 1)}…` : sentence,
    paragraphs: [sentence],
    action: { label: "Open it on Artist Collective", url: openUrl },
    footer: [settingsLine(`You get a mail at once for “${typeLabel}”.`)],
    unsubscribeUrl,
  };
}

/** The day's notifications of the types the member reads in the digest, a line each. */
export function digestMail({ sentences, unsubscribeUrl }: { sentences: string[]; unsubscribeUrl: string }): MailMessage {
  const shown = sentences.slice(0, DIGEST_LINES);
  const more = sentences.length - shown.length;
  return {
    kind: "notification-digest",
    subject: `Your day on Artist Collective: ${sentences.length} new notification${sentences.length === 1 ? "" : "s"}`,
    paragraphs: [
      "Here is what happened since your last digest:",
      ...shown.map((line) => `• ${line}`),
      ...(more > 0 ? [`…and ${more} more.`] : []),
    ],
    action: { label: "See all your notifications", url: siteUrl("/notifications") },
    footer: [settingsLine("You get this digest once a day, when something new is waiting.")],
    unsubscribeUrl,
  };
}
