import "server-only";
import { replacePassword } from "@/lib/auth/accounts";
import { isUniqueViolation } from "@/lib/database/errors";
import { db } from "@/lib/db";
import { done, refused, type Result } from "@/lib/result";
import { EMAIL_TAKEN_MESSAGE, usernameKey } from "@/lib/auth/schemas";
import { emailKeyOf } from "@/lib/validation/email";

/**
 * Makes an existing member an admin; a new password, when given, replaces
 * theirs and ends their sessions, and an address, when given, replaces
 * theirs, confirmed (the operator vouches for it). Returns null when no
 * such member exists; refuses an address another account holds.
 */
export async function promoteToAdmin(
  username: string,
  { newPassword, email }: { newPassword?: string; email?: string } = {},
): Promise<Result<{ username: string; role: string }> | null> {
  const existing = await db.user.findUnique({ where: { usernameKey: usernameKey(username) }, select: { id: true } });
  if (!existing) return null;
  const address = email && { email, emailKey: emailKeyOf(email), emailVerifiedAt: new Date() };
  try {
    const promoted = await db.user.update({
      where: { id: existing.id },
      data: { role: "ADMIN", ...address },
      select: { username: true, role: true },
    });
    if (newPassword) await replacePassword(existing.id, newPassword);
    return done(promoted);
  } catch (error) {
    if (isUniqueViolation(error)) return refused(EMAIL_TAKEN_MESSAGE, "email");
    throw error;
  }
}
