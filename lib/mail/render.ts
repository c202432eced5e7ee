import "server-only";
import type { MailMessage } from "@/lib/mail/message";
import { siteUrl } from "@/lib/mail/site-url";

export const SITE_NAME = "Artist Collective";

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/** The plain-text part: the site name, the paragraphs, then each link on a line of its own so every client makes it clickable. */
export function renderText(message: MailMessage): string {
  const blocks = [SITE_NAME, ...message.paragraphs];
  if (message.action) blocks.push(`${message.action.label}:\n${message.action.url}`);
  blocks.push(...(message.footer ?? []));
  if (message.unsubscribeUrl) blocks.push(`Unsubscribe from these mails:\n${message.unsubscribeUrl}`);
  return `${blocks.join("\n\n")}\n`;
}

/*
 * Colours: the light ones are inlined (clients that drop <style>, Gmail's
 * apps among them, still get a readable mail); the dark ones come from the
 * media query in clients that honour it. Both pairs keep at least 4.5:1,
 * and the button is a mid blue with white text, which stays legible when a
 * client inverts the mail on its own (Outlook, Gmail on iOS).
 */
const COLOURS = { page: "#f2f3f5", card: "#ffffff", text: "#1f2328", muted: "#57606a", accent: "#1d4ed8", button: "#1d4ed8" };
const FONT = "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";

const STYLE = `
:root { color-scheme: light dark; supported-color-schemes: light dark; }
body { margin: 0; padding: 0; }
a { color: ${COLOURS.accent}; }
@media (max-width: 620px) {
  .mail-card { padding: 20px 16px !important; }
  .mail-outer { padding: 12px 8px !important; }
}
@media (prefers-color-scheme: dark) {
  body, .mail-page { background-color: #111418 !important; }
  .mail-card { background-color: #1b1f24 !important; }
  .mail-text, .mail-site { color: #e6edf3 !important; }
  .mail-muted { color: #aab4bf !important; }
  .mail-link { color: #9cc3ff !important; }
  .mail-rule { border-top-color: #3d444d !important; }
}`;

const paragraph = (html: string, style: string, className: string) =>
  `<p class="${className}" style="margin:0 0 16px;${style}">${html}</p>`;

/**
 * A button every client draws: a one-cell table carries the colour (Outlook
 * on Windows ignores padding and backgrounds on links), the link inside it
 * the padding, so clients that honour it make the whole button clickable.
 */
function button({ label, url }: NonNullable<MailMessage["action"]>): string {
  const href = escapeHtml(url);
  const linkStyle = [
    "display:inline-block",
    "padding:12px 24px",
    `font-family:${FONT}`,
    "font-size:16px",
    "font-weight:600",
    "line-height:20px",
    "color:#ffffff",
    "text-decoration:none",
    "border-radius:6px",
    `border:1px solid ${COLOURS.button}`,
  ].join(";");
  return (
    `<table role="presentation" border="0" cellspacing="0" cellpadding="0" style="margin:8px 0 24px;"><tr>` +
    `<td align="center" bgcolor="${COLOURS.button}" style="border-radius:6px;background-color:${COLOURS.button};">` +
    `<a href="${href}" target="_blank" style="${linkStyle}">${escapeHtml(label)}</a>` +
    `</td></tr></table>` +
    paragraph(
      `If the button does not work, copy this address into your browser:<br><a class="mail-link" href="${href}" style="color:${COLOURS.accent};word-break:break-all;">${href}</a>`,
      `font-family:${FONT};font-size:13px;line-height:19px;color:${COLOURS.muted};`,
      "mail-muted",
    )
  );
}

/** What the inbox shows after the subject; padded so the client does not fill the rest with the mail's first lines. */
function preheader(text: string | undefined): string {
  if (!text) return "";
  const hidden = "display:none;font-size:1px;line-height:1px;max-height:0;max-width:0;opacity:0;overflow:hidden;mso-hide:all;";
  return `<div style="${hidden}">${escapeHtml(text)}${"&#847;&zwnj;&nbsp;".repeat(40)}</div>`;
}

function footer(message: MailMessage): string {
  const small = `font-family:${FONT};font-size:13px;line-height:19px;color:${COLOURS.muted};`;
  const lines = (message.footer ?? []).map((line) => paragraph(escapeHtml(line), small, "mail-muted"));
  if (message.unsubscribeUrl) {
    const link = `<a class="mail-link" href="${escapeHtml(message.unsubscribeUrl)}" style="color:${COLOURS.accent};">Unsubscribe from these mails</a>`;
    lines.push(paragraph(link, small, "mail-muted"));
  }
  if (lines.length === 0) return "";
  return `<tr><td class="mail-rule" style="padding-top:16px;border-top:1px solid #d0d7de;">${lines.join("")}</td></tr>`;
}

/**
 * The HTML part: the site's name linking home, the paragraphs, the action as
 * a button, and a small footer. One centred column of at most 600px that
 * narrows with the screen; every text is escaped.
 */
export function renderHtml(message: MailMessage): string {
  const text = `font-family:${FONT};font-size:16px;line-height:24px;color:${COLOURS.text};`;
  const body = message.paragraphs.map((line) => paragraph(escapeHtml(line), text, "mail-text")).join("");
  const site = `<a class="mail-site" href="${escapeHtml(siteUrl("/"))}" style="font-family:${FONT};font-size:20px;font-weight:700;color:${COLOURS.text};text-decoration:none;">${SITE_NAME}</a>`;
  return [
    `<!doctype html><html lang="en" dir="ltr"><head>`,
    `<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<meta name="color-scheme" content="light dark"><meta name="supported-color-schemes" content="light dark">`,
    `<title>${escapeHtml(message.subject)}</title><style>${STYLE}</style></head>`,
    `<body class="mail-page" style="margin:0;padding:0;background-color:${COLOURS.page};">`,
    preheader(message.paragraphs[0]),
    `<table role="presentation" width="100%" border="0" cellspacing="0" cellpadding="0" class="mail-page" style="background-color:${COLOURS.page};">`,
    `<tr><td align="center" class="mail-outer" style="padding:24px 12px;">`,
    `<table role="presentation" width="100%" border="0" cellspacing="0" cellpadding="0" style="max-width:600px;">`,
    `<tr><td style="padding:0 4px 16px;">${site}</td></tr>`,
    `<tr><td class="mail-card" style="padding:32px;border-radius:8px;background-color:${COLOURS.card};">`,
    `<table role="presentation" width="100%" border="0" cellspacing="0" cellpadding="0">`,
    `<tr><td style="${text}">${body}${message.action ? button(message.action) : ""}</td></tr>`,
    footer(message),
    `</table></td></tr></table></td></tr></table></body></html>`,
  ].join("");
}
