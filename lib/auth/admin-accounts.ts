import "server-only";
import { replacePassword } from "@/lib/auth/accounts";
import { db } from "@/lib/db";
import { usernameKey } from "@/lib/auth/schemas";

/**
 * Makes an existing member an admin; a new password, when given, replaces
 * theirs and ends their sessions. Returns null when no such member exists.
 */
export async function promoteToAdmin(username: string, newPassword?: string) {
  const existing = await db.user.findUnique({ where: { usernameKey: usernameKey(username) }, select: { id: true } });
  if (!existing) return null;
  if (newPassword) await replacePassword(existing.id, newPassword);
  return db.user.update({ where: { id: existing.id }, data: { role: "ADMIN" }, select: { username: true, role: true } });
}
