import "server-only";
import type { MailMessage } from "@/lib/mail/message";

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/** The plain-text part: paragraphs, then the action's label and link on lines of their own. */
export function renderText(message: MailMessage): string {
  const blocks = [...message.paragraphs];
  if (message.action) blocks.push(`${message.action.label}:\n${message.action.url}`);
  blocks.push(...(message.footer ?? []));
  if (message.unsubscribeUrl) blocks.push(`Unsubscribe: ${message.unsubscribeUrl}`);
  return `${blocks.join("\n\n")}\n`;
}

/** The HTML part: the same blocks, every text escaped. */
export function renderHtml(message: MailMessage): string {
  const paragraphs = message.paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`);
  const action = message.action ? [`<p><a href="${escapeHtml(message.action.url)}">${escapeHtml(message.action.label)}</a></p>`] : [];
  const footer = (message.footer ?? []).map((line) => `<p><small>${escapeHtml(line)}</small></p>`);
  return `<!doctype html><html><body>${[...paragraphs, ...action, ...footer].join("")}</body></html>`;
}
