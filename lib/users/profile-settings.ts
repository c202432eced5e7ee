import "server-only";
import { db } from "@/lib/db";
import { authorSelect, toAuthorSummary, type AuthorSummary } from "@/lib/users/authors";
import { USERNAME_PATTERN_REGEX } from "@/lib/auth/schemas";
import { confusableKey } from "@/lib/validation/confusable";
import { DISPLAY_NAME_OF_ANOTHER_MEMBER, type ProfileDetails } from "@/lib/users/schemas";
import { done, refused, type Result } from "@/lib/result";

/** What the profile settings form starts from: the stored values, and the member as others see them. */
export type ProfileSettings = { displayName: string; bio: string; author: AuthorSummary };

export async function getProfileSettings(userId: string): Promise<ProfileSettings | null> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { ...authorSelect, bio: true } });
  if (!user) return null;
  return { displayName: user.displayName ?? "", bio: user.bio, author: toAuthorSummary(user) };
}

/**
 * Callers pass the signed-in member's own id; nothing else names whose
 * profile changes. A display name that reads as another member's username
 * is refused; the member's own username is theirs to show.
 *
 * The check and the write need no transaction: a username taken or given
 * up between them leaves the same result as the other order would (names
 * do not reserve display names the other way round), so no race lets
 * through what the checks refuse.
 */
export async function updateProfileDetails(userId: string, { displayName, bio }: ProfileDetails): Promise<Result> {
  if (displayName && (await readsAsAnotherMember(userId, displayName))) return refused(DISPLAY_NAME_OF_ANOTHER_MEMBER, "displayName");
  await db.user.update({ where: { id: userId }, data: { displayName, bio } });
  return done();
}

async function readsAsAnotherMember(userId: string, displayName: string): Promise<boolean> {
  const key = confusableKey(displayName);
  // Usernames are ASCII letters, digits, _ and -: a name with anything else reads as none of them.
  if (!USERNAME_PATTERN_REGEX.test(key)) return false;
  const holder = await db.user.findUnique({ where: { usernameKey: key }, select: { id: true } });
  return holder !== null && holder.id !== userId;
}
