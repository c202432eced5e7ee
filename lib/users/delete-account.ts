import "server-only";
import { removeFiles } from "@/lib/art/publish";
import { forgetAccountAttempts } from "@/lib/auth/login-limits";
import { db } from "@/lib/db";
import type { Prisma, Role } from "@/lib/generated/prisma/client";
import { withdrawAllRatings } from "@/lib/ratings/ratings";
import { endRealtimeSessions } from "@/lib/realtime/sessions";
import { avatarFileKeys } from "@/lib/users/avatar";

/**
 * Deletes a member and everything that is theirs: their artwork (with its
 * comments and files), their comments and ratings elsewhere, their avatar,
 * their old names' redirects and the failed log-ins at their name, and their chat
 * messages (the rooms they created stay, with no creator, for the others in
 * them); the username is free again afterwards. The ratings they gave leave the other artworks' totals
 * in the same transaction that deletes them, so the totals stay exact. Files
 * go only after the commit: a failure leaves the account whole, never an
 * account with missing pictures; so do their live chat connections, which
 * close then. Returns false when there was no such member.
 *
 * `alongside` runs in the same transaction before the rows go (an admin's
 * deletion records its audit entry and closes reports there): if it throws,
 * nothing is deleted.
 */
export async function deleteAccount(
  userId: string,
  alongside?: (tx: Prisma.TransactionClient, member: { username: string; role: Role }) => Promise<void>,
): Promise<boolean> {
  // One transaction, so variants attached after upload cannot slip in
  // between reading the file list and deleting the rows (see deleteArtwork).
  const files = await db.$transaction(async (tx) => {
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
    if (!user) return null;
    await alongside?.(tx, { username: user.username, role: user.role });
    await withdrawAllRatings(tx, userId);
    await forgetAccountAttempts(tx, user.usernameKey);
    // Artworks, their variants, comments and ratings, and the member's own
    // comments, ratings, chat messages and old-name redirects go by cascade.
    await tx.user.delete({ where: { id: userId }, select: { id: true } });
    return {
      variantKeys: user.artworks.flatMap((artwork) => artwork.variants.map((variant) => variant.key)),
      avatarKey: user.avatarKey,
    };
  });
  if (!files) return false;
  await endRealtimeSessions(userId);
  await removeFiles([...files.variantKeys, ...(files.avatarKey ? avatarFileKeys(files.avatarKey) : [])]);
  return true;
}
