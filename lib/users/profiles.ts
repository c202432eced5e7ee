import "server-only";
import { db } from "@/lib/db";
import { authorSelect, toAuthorSummary, type AuthorSummary } from "@/lib/users/authors";
import { usernameKey } from "@/lib/auth/schemas";

/** artworkCount is what everyone sees: artwork moderators hid is not counted. */
export type Profile = AuthorSummary & {
  id: string;
  bio: string;
  joinedAt: Date;
  artworkCount: number;
  followerCount: number;
  followingCount: number;
};

export async function getProfile(username: string): Promise<Profile | null> {
  const user = await db.user.findUnique({
    where: { usernameKey: usernameKey(username) },
    select: {
      ...authorSelect,
      id: true,
      bio: true,
      createdAt: true,
      followerCount: true,
      followingCount: true,
      _count: { select: { artworks: { where: { hiddenAt: null } } } },
    },
  });
  if (!user) return null;
  return {
    ...toAuthorSummary(user),
    id: user.id,
    bio: user.bio,
    joinedAt: user.createdAt,
    artworkCount: user._count.artworks,
    followerCount: user.followerCount,
    followingCount: user.followingCount,
  };
}

/**
 * The profile address of the member who used this name before they renamed
 * themselves, or null: old links keep working until someone takes the name.
 */
export async function renamedProfileHref(username: string): Promise<string | null> {
  const redirect = await db.usernameRedirect.findUnique({
    where: { usernameKey: usernameKey(username) },
    select: { user: { select: authorSelect } },
  });
  return redirect ? toAuthorSummary(redirect.user).href : null;
}
