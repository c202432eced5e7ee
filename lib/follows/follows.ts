import "server-only";
import { db } from "@/lib/db";
import { isBlockedEitherWay } from "@/lib/blocks/blocks";
import { lockPair, type Counterpart } from "@/lib/blocks/pair";
import { notifyingTransaction, withdrawNotification } from "@/lib/notifications/notify";
import { LIMITS } from "@/lib/rate-limit/limits";
import { takeTurn } from "@/lib/rate-limit/rate-limiter";
import { overLimitMessage } from "@/lib/rate-limit/wait";
import { done, refused, type Result } from "@/lib/result";

export const CANNOT_FOLLOW = "You can't follow this member.";

/**
 * Follows a member. Following again (a double submit) changes nothing and
 * costs no turn; the counts on both members are the triggers' business.
 * Refused for oneself, a member who is gone or banned, and when either has
 * blocked the other (the words do not say who blocked whom).
 */
export async function follow(followerId: string, followeeId: string, now = new Date()): Promise<Result<Counterpart>> {
  return notifyingTransaction(async (tx, tell): Promise<Result<Counterpart>> => {
    const pair = await lockPair(tx, followerId, followeeId, "KEY SHARE", {
      self: "You can't follow yourself.",
      banned: "This member is banned for now, so they can't be followed.",
    });
    if (!pair.ok) return pair;
    const following = `You follow ${pair.value.name}.`;
    if (await tx.follow.count({ where: { followerId, followeeId } })) return done(pair.value, following);
    if (await isBlockedEitherWay(followerId, followeeId, tx)) return refused(CANNOT_FOLLOW);
    const turn = await takeTurn({ limit: LIMITS.follow, subject: followerId }, { client: tx, now: now.getTime() });
    if (!turn.ok) return refused(overLimitMessage("follow", "member", LIMITS.follow, turn.retryAfterMs));
    // ON CONFLICT: a second submit racing this one on PostgreSQL finds the row made and does nothing.
    await tx.$executeRaw`INSERT INTO "Follow" ("followerId", "followeeId", "createdAt") VALUES (${followerId}, ${followeeId}, ${now}) ON CONFLICT DO NOTHING`;
    await tell({ type: "FOLLOW", recipientId: followeeId, actorId: followerId, now });
    return done(pair.value, following);
  });
}

/** Ends the member's own follow; unfollowing someone not followed is already done. */
export async function unfollow(followerId: string, followeeId: string): Promise<Result<void>> {
  await endFollow(followerId, followeeId);
  return done(undefined, "Unfollowed.");
}

/** A follow ends with the notification it caused. */
async function endFollow(followerId: string, followeeId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    await tx.follow.deleteMany({ where: { followerId, followeeId } });
    await withdrawNotification(tx, { type: "FOLLOW", recipientId: followeeId, actorId: followerId });
  });
}

/** The followee ends a follow of themselves: only the row whose followee is the member asking can go. */
export async function removeFollower(followeeId: string, followerId: string): Promise<Result<void>> {
  await endFollow(followerId, followeeId);
  return done(undefined, "Removed.");
}

/** How the viewer stands with a member, for the buttons on their profile and artwork. */
export type Relationship = { following: boolean; blocking: boolean };

export async function relationshipWith(viewerId: string, memberId: string): Promise<Relationship> {
  const [following, blocking] = await Promise.all([
    db.follow.count({ where: { followerId: viewerId, followeeId: memberId } }),
    db.block.count({ where: { blockerId: viewerId, blockedId: memberId } }),
  ]);
  return { following: following > 0, blocking: blocking > 0 };
}

/** Whether the member follows anyone: the feed's empty state says which of two things is the matter. */
export async function followsAnyone(memberId: string): Promise<boolean> {
  return (await db.follow.count({ where: { followerId: memberId }, take: 1 })) > 0;
}
