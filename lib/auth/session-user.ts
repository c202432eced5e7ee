import "server-only";
import { isBanActive } from "@/lib/auth/ban";
import { db } from "@/lib/db";
import { needsEmailNotice } from "@/lib/auth/email-notice";
import type { Role, Theme } from "@/lib/generated/prisma/client";

/** What pages may know about the signed-in member. */
export type SessionUser = { id: string; username: string; role: Role; theme: Theme };
/** With the session read, from the row it reads anyway: whether the layout asks the member to add an address. */
export type SessionMember = SessionUser & { needsEmailNotice: boolean };

export type SessionClaims = { userId?: string; sessionVersion?: number } | null;

/**
 * A token is honoured only while its user exists, is not banned and still
 * has the session version the token was issued with: logout, a password
 * change and a ban bump that version and so end every session at once.
 */
export async function resolveSessionUser(claims: SessionClaims, now = new Date()): Promise<SessionMember | null> {
  if (!claims?.userId || claims.sessionVersion === undefined) return null;
  const user = await db.user.findUnique({
    where: { id: claims.userId },
    select: {
      id: true,
      username: true,
      role: true,
      theme: true,
      sessionVersion: true,
      bannedAt: true,
      bannedUntil: true,
      email: true,
      emailNoticeDismissedAt: true,
    },
  });
  if (!user || user.sessionVersion !== claims.sessionVersion || isBanActive(user, now)) return null;
  const { id, username, role, theme } = user;
  return { id, username, role, theme, needsEmailNotice: needsEmailNotice(user) };
}
