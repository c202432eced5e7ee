/**
 * The notifications benchmark's members: an artist nobody follows, one with
 * many followers, and a reader with many notifications. Written in bulk (a
 * transaction per batch), never through the app's one-at-a-time commands.
 * Imports lib/db: load it with `await import()` once the workspace has set
 * the environment.
 */
import { db } from "@/lib/db";
import { recount, withoutTriggers } from "../discovery/bulk";
import { notificationKeys } from "@/lib/notifications/keys";
import type { NotificationType } from "@/lib/notifications/types";

const BATCH = 5_000;
/** The grouped kinds, which need no comment or report rows. */
const TYPES: NotificationType[] = ["FOLLOW", "FAVOURITE", "RATING", "NEW_ARTWORK"];
const HOUR = 60 * 60 * 1_000;

async function insertMembers(prefix: string, count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let start = 0; start < count; start += BATCH) {
    const names = Array.from({ length: Math.min(BATCH, count - start) }, (_, index) => `${prefix}${start + index}`);
    const rows = await db.user.createManyAndReturn({
      data: names.map((username) => ({ username, usernameKey: username, passwordHash: "not a hash" })),
      select: { id: true },
    });
    ids.push(...rows.map((row) => row.id));
  }
  return ids;
}

/** An artist who posts (confirmed address, so uploads are allowed) and `followers` members who follow them. */
export async function artistWithFollowers(name: string, followers: number): Promise<{ artistId: string; followerIds: string[] }> {
  const email = `${name}@example.com`;
  const artist = await db.user.create({
    data: { username: name, usernameKey: name, passwordHash: "not a hash", email, emailKey: email, emailVerifiedAt: new Date() },
    select: { id: true },
  });
  const followerIds = await insertMembers(`${name}_fan`, followers);
  const since = Date.now() - followers * 1_000;
  // The follower-count triggers stand aside (row by row they would update the artist's row 100,000 times); one recount follows.
  await withoutTriggers(async () => {
    for (let start = 0; start < followerIds.length; start += BATCH) {
      const batch = followerIds.slice(start, start + BATCH);
      await db.follow.createMany({
        data: batch.map((followerId, index) => ({
          followerId,
          followeeId: artist.id,
          createdAt: new Date(since + (start + index) * 1_000),
        })),
      });
    }
  });
  await recount("followers", "following");
  return { artistId: artist.id, followerIds };
}

/**
 * A reader with `count` notifications of every type over the last weeks,
 * a tenth of them unread, from a pool of other members: what a popular
 * artist's bell and list read.
 */
export async function readerWithNotifications(count: number, actorIds: string[], artworkId: string): Promise<string> {
  const [readerId] = await insertMembers("reader", 1);
  const now = Date.now();
  for (let start = 0; start < count; start += BATCH) {
    const data = Array.from({ length: Math.min(BATCH, count - start) }, (_, offset) => {
      const index = start + offset;
      const type = TYPES[index % TYPES.length];
      const actorId = actorIds[index % actorIds.length];
      const createdAt = new Date(now - index * HOUR * 0.1);
      const keys = notificationKeys({ type, actorId, artworkId, commentId: null, reportId: null }, createdAt);
      return {
        recipientId: readerId,
        actorId,
        type,
        artworkId: type === "FOLLOW" ? null : artworkId,
        groupKey: keys.groupKey,
        causeKey: `${keys.causeKey}:${index}`,
        createdAt,
        readAt: index % 10 === 0 ? null : createdAt,
      };
    });
    await db.notification.createMany({ data });
  }
  return readerId;
}
