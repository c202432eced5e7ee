import "server-only";
import { db } from "@/lib/db";

/** The site-wide request to add an address: for members with none who have not dismissed it. */
export function needsEmailNotice(member: { email: string | null; emailNoticeDismissedAt: Date | null }): boolean {
  return member.email === null && member.emailNoticeDismissedAt === null;
}

/** Dismissed for good; Settings still offers to add an address. */
export async function dismissEmailNotice(userId: string, now = new Date()): Promise<void> {
  await db.user.updateMany({ where: { id: userId, emailNoticeDismissedAt: null }, data: { emailNoticeDismissedAt: now } });
}
