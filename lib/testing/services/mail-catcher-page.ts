import type { CaughtMail } from "@/lib/testing/services/mail-catcher";

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

function mailSection(mail: CaughtMail): string {
  return `<article>
  <h2>${escapeHtml(mail.subject || "(no subject)")}</h2>
  <p><strong>To</strong> ${escapeHtml(mail.to.join(", "))} · <strong>From</strong> ${escapeHtml(mail.from)} · <time>${escapeHtml(mail.receivedAt)}</time>
  ${mail.html ? ` · <a href="/mails/${mail.id}.html">HTML part</a>` : ""}</p>
  <pre>${escapeHtml(mail.text)}</pre>
</article>`;
}

/** The development mail catcher's page: every caught mail, newest first, its text part with links that work. */
export function mailCatcherPage(mails: CaughtMail[]): string {
  const sections = [...mails].reverse().map(mailSection);
  const linked = (html: string) => html.replace(/https?:\/\/[^\s<>"']+/g, (url) => `<a href="${url}">${url}</a>`);
  return `<!doctype html>
<html lang="en">
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>Mail catcher · Artist Collective</title>
<style>
  body { font: 16px/1.5 system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; }
  article { border-top: 1px solid color-mix(in srgb, currentColor 25%, transparent); padding: 1rem 0; }
  pre { white-space: pre-wrap; overflow-wrap: anywhere; }
</style>
<h1>Mail the app sent</h1>
<p>Development only: nothing here left this machine. Reload to see new mail.</p>
${sections.length ? linked(sections.join("\n")) : "<p>No mail yet.</p>"}
</html>`;
}
