import "server-only";
import { notFound } from "next/navigation";
import { getCurrentUser, type SessionUser } from "@/lib/auth/session";

export function isAdmin(user: SessionUser | null): user is SessionUser & { role: "ADMIN" } {
  return user?.role === "ADMIN";
}

/**
 * For every admin page and data function: anyone but an admin gets the 404
 * page, so the admin area does not even admit it exists. Layouts do not run
 * for server actions and a page can be rendered on its own, so each page and
 * data function calls this itself; the role is read from the database on
 * every request (lib/auth/session-user.ts), so a removed admin loses access
 * at once.
 */
export async function requireAdmin(): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!isAdmin(user)) notFound();
  return user;
}
