import "server-only";
import { redirect } from "next/navigation";
import { cache } from "react";
import { auth } from "@/lib/auth/auth";
import { resolveSessionUser, type SessionUser } from "@/lib/auth/session-user";

export type { SessionUser };

/** The signed-in member, read once per request; tampered or expired cookies read as signed out. */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await auth();
  return resolveSessionUser(session ? { userId: session.userId, sessionVersion: session.sessionVersion } : null);
});

/** For pages and actions that need a member: sends visitors to log in and back. */
export async function requireUser(returnTo: string): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/login?callbackUrl=${encodeURIComponent(returnTo)}`);
  return user;
}
