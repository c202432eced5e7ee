import "server-only";
import { db } from "@/lib/db";
import { loadPage, mapPage, type Page } from "@/lib/paging/page";
import { authorSelect, toAuthorSummary, type AuthorSummary } from "@/lib/users/authors";

export const FOLLOW_LIST_PAGE_SIZE = 30;

export type FollowListMember = AuthorSummary & { id: string; followedAt: Date };

const memberSelect = { id: true, ...authorSelect } as const;

/**
 * A member's followers, newest follow first: the page is read through the
 * (followeeId, createdAt, followerId) index and its count is the stored
 * followerCount, so no page counts rows.
 */
export async function listFollowers(memberId: string, page: number): Promise<Page<FollowListMember>> {
  const list = await loadPage(
    page,
    FOLLOW_LIST_PAGE_SIZE,
    async () => (await db.user.findUnique({ where: { id: memberId }, select: { followerCount: true } }))?.followerCount ?? 0,
    ({ skip, take }) =>
      db.follow.findMany({
        where: { followeeId: memberId },
        orderBy: [{ createdAt: "desc" }, { followerId: "desc" }],
        skip,
        take,
        select: { createdAt: true, follower: { select: memberSelect } },
      }),
  );
  return mapPage(
    list,
    list.items.map(({ createdAt, follower }) => ({ ...toAuthorSummary(follower), id: follower.id, followedAt: createdAt })),
  );
}

/** Whom a member follows, newest follow first, through the (followerId, createdAt, followeeId) index. */
export async function listFollowing(memberId: string, page: number): Promise<Page<FollowListMember>> {
  const list = await loadPage(
    page,
    FOLLOW_LIST_PAGE_SIZE,
    async () => (await db.user.findUnique({ where: { id: memberId }, select: { followingCount: true } }))?.followingCount ?? 0,
    ({ skip, take }) =>
      db.follow.findMany({
        where: { followerId: memberId },
        orderBy: [{ createdAt: "desc" }, { followeeId: "desc" }],
        skip,
        take,
        select: { createdAt: true, followee: { select: memberSelect } },
      }),
  );
  return mapPage(
    list,
    list.items.map(({ createdAt, followee }) => ({ ...toAuthorSummary(followee), id: followee.id, followedAt: createdAt })),
  );
}
