import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { authorSelect, toAuthorSummary, type AuthorSummary } from "@/lib/users/authors";

export type SuggestedArtist = AuthorSummary & { id: string; followerCount: number };

const SUGGESTIONS = 6;
const WEEK_MS = 7 * 86_400_000;

/** Artists the viewer might follow: not themselves, not followed yet, not blocked either way, not banned. */
function candidateFor(viewerId: string): Prisma.UserWhereInput {
  return {
    id: { not: viewerId },
    bannedAt: null,
    followers: { none: { followerId: viewerId } },
    blocking: { none: { blockedId: viewerId } },
    blockedBy: { none: { blockerId: viewerId } },
  };
}

const artistSelect = { id: true, followerCount: true, ...authorSelect } as const;
const toArtist = (user: Prisma.UserGetPayload<{ select: typeof artistSelect }>): SuggestedArtist => ({
  ...toAuthorSummary(user),
  id: user.id,
  followerCount: user.followerCount,
});

/** The most followed artists, through the (followerCount, id) index. */
export async function mostFollowedArtists(viewerId: string): Promise<SuggestedArtist[]> {
  const users = await db.user.findMany({
    where: { ...candidateFor(viewerId), followerCount: { gt: 0 } },
    orderBy: [{ followerCount: "desc" }, { id: "desc" }],
    take: SUGGESTIONS,
    select: artistSelect,
  });
  return users.map(toArtist);
}

/**
 * Authors of this week's most rated artwork (the ratingCount index, checking
 * createdAt inside it), in that order, each once: cheap, and it favours
 * artists people are rating now rather than those with the most followers.
 */
export async function recentlyRatedArtists(viewerId: string, now = new Date()): Promise<SuggestedArtist[]> {
  const artworks = await db.artwork.findMany({
    where: {
      hiddenAt: null,
      ratingCount: { gt: 0 },
      createdAt: { gte: new Date(now.getTime() - WEEK_MS) },
      author: candidateFor(viewerId),
    },
    orderBy: [{ ratingCount: "desc" }, { id: "desc" }],
    take: SUGGESTIONS * 5,
    select: { author: { select: artistSelect } },
  });
  const seen = new Set<string>();
  return artworks
    .map((artwork) => artwork.author)
    .filter((author) => !seen.has(author.id) && seen.add(author.id))
    .slice(0, SUGGESTIONS)
    .map(toArtist);
}
