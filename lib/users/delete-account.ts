import "server-only";
import { removeFiles } from "@/lib/art/publish";
import { forgetAccountAttempts } from "@/lib/auth/login-limits";
import { lockAdmins, lockRow, lockRows } from "@/lib/database/row-lock";
import { db } from "@/lib/db";
import type { Prisma, Role } from "@/lib/generated/prisma/client";
import { withdrawAllRatings } from "@/lib/ratings/ratings";
import { done, refused, type Result } from "@/lib/result";
import { endRealtimeSessions } from "@/lib/realtime/sessions";
import { avatarFileKeys } from "@/lib/users/avatar";

export const ACCOUNT_GONE = "This account no longer exists.";
export const LAST_ADMIN_ACCOUNT =
  "You are the last admin: make another member an admin before deleting your account, so someone can still moderate.";

/**
 * Deletes a member and everything that is theirs: their artwork (with its
 * comments and files), their comments and ratings elsewhere, their avatar,
 * their old names' redirects and the failed log-ins at their name, and their chat
 * messages (the rooms they created stay, with no creator, for the others in
 * them); the username is free again afterwards. The ratings they gave leave the other artworks' totals
 * in the same transaction that deletes them, so the totals stay exact. Files
 * go only after the commit: a failure leaves the account whole, never an
 * account with missing pictures; so do their live chat connections, which
 * close then. Refused when there is no such member, and for the last admin:
 * the collective would be left with nobody to moderate it. The admins' rows
 * are locked first (as every change of the admin role does), so two admins
 * deleting their accounts at once cannot both be "not the last".
 *
 * `alongside` runs in the same transaction before the rows go (an admin's
 * deletion records its audit entry and closes reports there): if it throws,
 * nothing is deleted.
 */
export async function deleteAccount(
  userId: string,
  alongside?: (tx: Prisma.TransactionClient, member: { username: string; role: Role }) => Promise<void>,
): Promise<Result> {
  // One transaction, so variants attached after upload cannot slip in
  // between reading the file list and deleting the rows (see deleteArtwork).
  const files = await db.$transaction(async (tx): Promise<Result<{ variantKeys: string[]; avatarKey: string | null }>> => {
    await lockAdmins(tx);
    if (!(await lockRow(tx, "User", userId))) return refused(ACCOUNT_GONE);
    // As deleteArtworkRows does: a late variant is attached before the keys are read, or not at all.
    const artworks = await tx.artwork.findMany({ where: { authorId: userId }, select: { id: true } });
    await lockRows(
      tx,
      "Artwork",
      artworks.map((artwork) => artwork.id),
    );
    const user = await tx.user.findUnique({
      where: { id: userId },
      select: {
        username: true,
        role: true,
        usernameKey: true,
        avatarKey: true,
        artworks: { select: { variants: { select: { key: true } } } },
      },
    });
    if (!user) return refused(ACCOUNT_GONE);
    await alongside?.(tx, { username: user.username, role: user.role });
    if (user.role === "ADMIN" && (await tx.user.count({ where: { role: "ADMIN", id: { not: userId } } })) === 0) {
      return refused(LAST_ADMIN_ACCOUNT);
    }
    await withdrawAllRatings(tx, userId);
    await forgetAccountAttempts(tx, user.usernameKey);
    // Artworks, their variants, comments and ratings, and the member's own
    // comments, ratings, chat messages and old-name redirects go by cascade.
    await tx.user.delete({ where: { id: userId }, select: { id: true } });
    return done({
      variantKeys: user.artworks.flatMap((artwork) => artwork.variants.map((variant) => variant.key)),
      avatarKey: user.avatarKey,
    });
  });
  if (!files.ok) return files;
  const { variantKeys, avatarKey } = files.value;
  await endRealtimeSessions(userId);
  await removeFiles([...variantKeys, ...(avatarKey ? avatarFileKeys(avatarKey) : [])]);
  return done();
}
