import "server-only";
import { db } from "@/lib/db";
import { authorSelect, toAuthorSummary } from "@/lib/users/authors";

/** What everyone in a room learns about a member who joins it. */
export type PresenceInfo = { username: string; name: string; avatarUrl: string | null };
export type PresenceData = { user_id: string; user_info: PresenceInfo };

/** Read from the database for the signed-in member: a client never gets to say who it is. */
export async function presenceDataOf(userId: string): Promise<PresenceData | null> {
  const user = await db.user.findUnique({ where: { id: userId }, select: authorSelect });
  if (!user) return null;
  const author = toAuthorSummary(user);
  return { user_id: userId, user_info: { username: author.username, name: author.name, avatarUrl: author.avatar?.fallback.url ?? null } };
}
