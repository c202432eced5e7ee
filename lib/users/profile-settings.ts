import "server-only";
import { db } from "@/lib/db";
import { authorSelect, toAuthorSummary, type AuthorSummary } from "@/lib/users/authors";
import type { ProfileDetails } from "@/lib/validation/profile";

/** What the profile settings form starts from: the stored values, and the member as others see them. */
export type ProfileSettings = { displayName: string; bio: string; author: AuthorSummary };

export async function getProfileSettings(userId: string): Promise<ProfileSettings | null> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { ...authorSelect, bio: true } });
  if (!user) return null;
  return { displayName: user.displayName ?? "", bio: user.bio, author: toAuthorSummary(user) };
}

/** Callers pass the signed-in member's own id; nothing else names whose profile changes. */
export async function updateProfileDetails(userId: string, { displayName, bio }: ProfileDetails): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { displayName, bio } });
}
