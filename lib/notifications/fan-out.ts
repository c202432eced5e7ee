import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { Prisma } from "@/lib/generated/prisma/client";
import { handleJob, jobKind } from "@/lib/jobs/kinds";
import { enqueueJob } from "@/lib/jobs/queue";
import { insertNotifications, type WrittenNotification } from "@/lib/notifications/insert";
import { announceUnread, membersListening } from "@/lib/notifications/live";

/** Where a fan-out stopped: the last follower told, in the (createdAt, followerId) order of the followers index, newest first. */
const cursorSchema = z.object({ createdAt: z.iso.datetime(), followerId: z.string().min(1) });
type FollowerCursor = z.infer<typeof cursorSchema>;

/**
 * Tells an artist's followers of a new artwork, a batch of
 * NOTIFICATION_FANOUT_BATCH followers per job: each batch is one short
 * transaction that also enqueues the next, so the work survives a restart
 * and never holds the database for long, and the upload itself only adds
 * this job (an artist with 100,000 followers uploads as fast as one with none).
 */
export const newArtworkFanOutJob = jobKind(
  "new-artwork-fan-out",
  z.object({ artworkId: z.string().min(1), after: cursorSchema.optional() }),
);

/** The followers past the cursor, newest follow first, through the (followeeId, createdAt, followerId) index. */
function followersPast(artistId: string, after: FollowerCursor | undefined): Prisma.Sql {
  const past = after
    ? Prisma.sql`AND ("createdAt" < ${new Date(after.createdAt)} OR ("createdAt" = ${new Date(after.createdAt)} AND "followerId" < ${after.followerId}))`
    : Prisma.empty;
  return Prisma.sql`FROM "Follow" WHERE "followeeId" = ${artistId} ${past}`;
}

const ORDER = Prisma.sql`ORDER BY "createdAt" DESC, "followerId" DESC`;

/** One batch: the notifications in one statement, the "at once" mails' jobs and the next batch's job in the same transaction. */
async function tellBatch(artworkId: string, after: FollowerCursor | undefined): Promise<WrittenNotification[]> {
  const artwork = await db.artwork.findUnique({
    where: { id: artworkId },
    select: { authorId: true, title: true, hiddenAt: true, createdAt: true },
  });
  // Deleted or hidden since the upload: nobody hears of it.
  if (!artwork || artwork.hiddenAt) return [];
  const artistId = artwork.authorId;
  const batch = Prisma.sql`SELECT "followerId" AS "recipientId" ${followersPast(artistId, after)} ${ORDER} LIMIT ${env.NOTIFICATION_FANOUT_BATCH}`;
  return db.$transaction(async (tx) => {
    // Grouped by the day of the upload, however long the fan-out takes.
    const rows = await insertNotifications(tx, batch, {
      type: "NEW_ARTWORK",
      actorId: artistId,
      artworkId,
      excerpt: artwork.title,
      now: artwork.createdAt,
    });
    const [last] = await tx.$queryRaw<{ followerId: string; createdAt: Date | string }[]>`
      SELECT "followerId", "createdAt" ${followersPast(artistId, after)} ${ORDER} LIMIT 1 OFFSET ${env.NOTIFICATION_FANOUT_BATCH - 1}`;
    if (last) {
      const next = { createdAt: new Date(last.createdAt).toISOString(), followerId: last.followerId };
      await enqueueJob(tx, newArtworkFanOutJob, { artworkId, after: next });
    }
    return rows;
  });
}

/** Runs one batch, then tells those of its followers who have a page open now. */
export async function fanOutNewArtwork({ artworkId, after }: z.infer<typeof newArtworkFanOutJob.payload>): Promise<number> {
  const rows = await tellBatch(artworkId, after);
  const shown = rows.filter((row) => Boolean(row.inSite));
  if (shown.length > 0) {
    const listening = await membersListening();
    await announceUnread(shown.flatMap((row) => (listening.has(row.recipientId) ? [row.recipientId] : [])));
  }
  return rows.length;
}

export const newArtworkFanOutHandler = handleJob(newArtworkFanOutJob, async (payload) => {
  await fanOutNewArtwork(payload);
});

/** In the upload's transaction: an artist nobody follows enqueues nothing. */
export async function enqueueNewArtworkFanOut(tx: Prisma.TransactionClient, artistId: string, artworkId: string): Promise<void> {
  const artist = await tx.user.findUnique({ where: { id: artistId }, select: { followerCount: true } });
  if (artist && artist.followerCount > 0) await enqueueJob(tx, newArtworkFanOutJob, { artworkId });
}
