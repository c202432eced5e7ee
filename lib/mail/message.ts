/**
 * What a mail says, before it is laid out: every template builds one of
 * these, and lib/mail/render.ts turns it into the plain-text and HTML parts.
 */
export type MailMessage = {
  /** The template's name ("verify-email"), shown in the mail log. */
  kind: string;
  subject: string;
  /** The body, a paragraph each, plain text (escaped for the HTML part). */
  paragraphs: string[];
  /** The one thing the mail asks the reader to do: a button in HTML, a bare link in text. */
  action?: { label: string; url: string };
  /** Said after the action, smaller: why they got the mail, what to do if it was not them. */
  footer?: string[];
  /** Optional mails only: the one-click way out of this kind of mail (List-Unsubscribe). */
  unsubscribeUrl?: string;
};
