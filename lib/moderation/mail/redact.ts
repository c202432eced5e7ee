/**
 * A mail's text as the mail log shows it: every link cut to its site, so
 * the log never holds out a live reset, verification or unsubscribe link to
 * whoever reads it, whichever template made the mail (a new one included).
 */
export function withLinksHidden(text: string): string {
  return text.replace(/\bhttps?:\/\/[^\s<>"]+/gi, (link) => {
    const origin = URL.canParse(link) ? new URL(link).origin : "link";
    return `${origin}/…[link hidden]`;
  });
}
