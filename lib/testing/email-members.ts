import { db } from "@/lib/db";
import { createTestUser, uniqueUsername } from "@/lib/testing/factories";
import { emailKeyOf } from "@/lib/validation/email";

/** An address no other test uses, so test files can share one database. */
export function uniqueEmail(prefix = "member"): string {
  return `${uniqueUsername(prefix)}@example.org`;
}

/** A member with an address, confirmed unless told otherwise. */
export async function createMemberWithEmail({ verified = true, prefix }: { verified?: boolean; prefix?: string } = {}) {
  const member = await createTestUser(prefix);
  const email = uniqueEmail(prefix);
  await db.user.update({
    where: { id: member.id },
    data: { email, emailKey: emailKeyOf(email), emailVerifiedAt: verified ? new Date() : null },
  });
  return { ...member, email };
}

/** The mails queued to an address, oldest first: what its owner would receive. */
export function mailsTo(address: string) {
  return db.outgoingMail.findMany({
    where: { to: address },
    orderBy: { createdAt: "asc" },
    select: { kind: true, subject: true, text: true },
  });
}

/** The token of the link in a mail's text, as its reader would follow it. */
export function linkTokenIn(mail: { text: string }): string {
  const match = /[?&]token=([^\s&]+)/.exec(mail.text);
  if (!match) throw new Error(`no link in the mail:\n${mail.text}`);
  return decodeURIComponent(match[1]);
}
