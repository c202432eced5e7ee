import { resolveSessionUser } from "@/lib/auth/session-user";

/** Whether the layout asks the member to add an address: what their session read says (test members are on session version 0). */
export async function noticeShownTo(userId: string): Promise<boolean | undefined> {
  return (await resolveSessionUser({ userId, sessionVersion: 0 }))?.needsEmailNotice;
}
