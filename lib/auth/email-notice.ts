import "server-only";
import { db } from "@/lib/db";

/** The site-wide request to add an address: for members with none who have not dismissed it. */
export async function needsEmailNotice(userId: string): Promise<boolean> {
  return (await db.user.count({ where: { id: userId, email: null, emailNoticeDismissedAt: null } })) === 1;
}

/** Dismissed for good; Settings still offers to add an address. */
export async function dismissEmailNotice(userId: string, now = new Date()): Promise<void> {
  await db.user.updateMany({ where: { id: userId, emailNoticeDismissedAt: null }, data: { emailNoticeDismissedAt: now } });
}
