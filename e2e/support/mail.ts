import { expect } from "@playwright/test";
import type { CaughtMail } from "../../lib/testing/services/mail-catcher";
import { E2E_BASE_URL, E2E_MAIL_WEB_PORT } from "./server-env";

export type { CaughtMail };

const CATCHER = `http://127.0.0.1:${E2E_MAIL_WEB_PORT}`;

/** Every mail the e2e run's catcher received over SMTP so far for this address, oldest first. */
export async function mailsTo(address: string): Promise<CaughtMail[]> {
  const response = await fetch(`${CATCHER}/api/mails`);
  const mails = (await response.json()) as CaughtMail[];
  return mails.filter((mail) => mail.to.some((to) => to.toLowerCase() === address.toLowerCase()));
}

/**
 * Waits for a mail to this address whose subject matches (the app sends
 * from its durable job worker, soon after the request), and returns the
 * newest such mail.
 */
export async function mailTo(address: string, subject: RegExp, { timeout = 20_000 } = {}): Promise<CaughtMail> {
  let found: CaughtMail | undefined;
  await expect(async () => {
    found = (await mailsTo(address)).filter((mail) => subject.test(mail.subject)).at(-1);
    expect(found, `a mail to ${address} with a subject matching ${subject}`).toBeDefined();
  }).toPass({ timeout });
  return found!;
}

/** The link in a mail's text part to a page of the site under `path` (its query kept), as a path the browser can open. */
export function linkIn(mail: CaughtMail, path: string): string {
  const links = mail.text.match(/https?:\/\/\S+/g) ?? [];
  const link = links.map((href) => new URL(href)).find((url) => url.origin === E2E_BASE_URL && url.pathname === path);
  if (!link) throw new Error(`no link to ${E2E_BASE_URL}${path} in the mail "${mail.subject}":\n${mail.text}`);
  return `${link.pathname}${link.search}`;
}
