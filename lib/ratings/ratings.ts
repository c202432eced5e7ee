import "server-only";
import { ARTWORK_GONE } from "@/lib/art/refusals";
import { lockingRowsOf } from "@/lib/database/dialect";
import { db } from "@/lib/db";
import { notifyingTransaction, withdrawNotification } from "@/lib/notifications/notify";
import type { Prisma } from "@/lib/generated/prisma/client";
import { done, refused, type Result } from "@/lib/result";
import { averageRating, hotScore, topScore, type RatingTotals } from "@/lib/ratings/score";

export const OWN_ARTWORK = "You cannot rate your own artwork.";

export type RatingSummary = { count: number; average: number | null; mine: number | null };

type Transaction = Prisma.TransactionClient;

/** The sort scores stored beside these totals. */
function scoresOf(totals: RatingTotals, createdAt: Date) {
  return { topScore: topScore(totals), hotScore: hotScore(totals, createdAt) };
}

/** Applies a change to the totals and stores the new sort scores, inside the caller's transaction. */
async function applyChange(tx: Transaction, artworkId: string, countDelta: number, sumDelta: number) {
  const totals = await tx.artwork.update({
    where: { id: artworkId },
    data: { ratingCount: { increment: countDelta }, ratingSum: { increment: sumDelta } },
    select: { ratingCount: true, ratingSum: true, createdAt: true },
  });
  const current: RatingTotals = { count: totals.ratingCount, sum: totals.ratingSum };
  await tx.artwork.update({ where: { id: artworkId }, data: scoresOf(current, totals.createdAt), select: { id: true } });
  return current;
}

/**
 * Takes every rating a member gave out of the rated artworks' totals and
 * scores, inside the caller's transaction (which then deletes the ratings
 * with the member). The caller holds the member's row (lockRow), so the
 * ratings read here are the ones deleted.
 */
export async function withdrawAllRatings(tx: Transaction, userId: string): Promise<void> {
  const ratings = await tx.rating.findMany({ where: { userId }, orderBy: { artworkId: "asc" }, select: { artworkId: true, value: true } });
  for (const { artworkId, value } of ratings) await applyChange(tx, artworkId, -1, -value);
}

type LockedArtwork = { authorId: string; hiddenAt: Date | null; ratingCount: number; ratingSum: number; createdAt: Date };
type RatedArtwork = { totals: RatingTotals; createdAt: Date; authorId: string };

/**
 * Reads the artwork to be rated and locks its row until the rating's
 * transaction ends, in one round trip. Every change to its ratings takes
 * this lock first, so the member's previous rating, read next, is the one
 * the totals hold even when they change it twice at once, and the totals
 * written back start from the latest. The member's row is held in
 * key-share mode: deleting the account, which locks the member and then
 * artworks in the same order, either waits for the rating or finds it done.
 * Hidden artwork cannot be rated, by anyone: for everyone but its owner it
 * does not exist, and owners never rate their own.
 */
async function lockRateableArtwork(tx: Transaction, artworkId: string, userId: string): Promise<Result<RatedArtwork>> {
  const [artwork] = await tx.$queryRaw<LockedArtwork[]>`
    SELECT a."authorId", a."hiddenAt", a."ratingCount", a."ratingSum", a."createdAt"
    FROM "User" u JOIN "Artwork" a ON a."id" = ${artworkId}
    WHERE u."id" = ${userId} ${lockingRowsOf({ u: "KEY SHARE", a: "UPDATE" })}`;
  if (!artwork || artwork.hiddenAt) return refused(ARTWORK_GONE);
  if (artwork.authorId === userId) return refused(OWN_ARTWORK);
  return done({
    totals: { count: artwork.ratingCount, sum: artwork.ratingSum },
    createdAt: new Date(artwork.createdAt),
    authorId: artwork.authorId,
  });
}

/** Writes the artwork's new totals and the sort scores that follow from them, in one statement. */
async function storeTotals(tx: Transaction, artworkId: string, { totals, createdAt }: RatedArtwork): Promise<void> {
  await tx.artwork.update({
    where: { id: artworkId },
    data: { ratingCount: totals.count, ratingSum: totals.sum, ...scoresOf(totals, createdAt) },
    select: { id: true },
  });
}

/**
 * Sets the member's stars for an artwork (adding or changing their one
 * rating). The rating and the artwork's totals and scores change in one
 * transaction, under the artwork's row lock, so concurrent raters can never
 * leave them out of step.
 */
export async function rateArtwork(artworkId: string, userId: string, value: number): Promise<Result<RatingSummary>> {
  return notifyingTransaction(async (tx, tell): Promise<Result<RatingSummary>> => {
    const artwork = await lockRateableArtwork(tx, artworkId, userId);
    if (!artwork.ok) return artwork;
    const key = { artworkId_userId: { artworkId, userId } };
    const previous = await tx.rating.findUnique({ where: key, select: { value: true } });
    if (previous) await tx.rating.update({ where: key, data: { value }, select: { value: true } });
    else await tx.rating.create({ data: { artworkId, userId, value }, select: { value: true } });
    // A changed rating tells nothing new: the cause key is the rater's, per artwork.
    await tell({ type: "RATING", recipientId: artwork.value.authorId, actorId: userId, artworkId });
    const { count, sum } = artwork.value.totals;
    const totals = { count: count + (previous ? 0 : 1), sum: sum + value - (previous?.value ?? 0) };
    await storeTotals(tx, artworkId, { ...artwork.value, totals });
    return done({ count: totals.count, average: averageRating(totals), mine: value });
  });
}

/** Takes the member's rating back; rating nothing is not an error. */
export async function removeRating(artworkId: string, userId: string): Promise<Result<RatingSummary>> {
  return db.$transaction(async (tx): Promise<Result<RatingSummary>> => {
    const artwork = await lockRateableArtwork(tx, artworkId, userId);
    if (!artwork.ok) return artwork;
    const key = { artworkId_userId: { artworkId, userId } };
    const previous = await tx.rating.findUnique({ where: key, select: { value: true } });
    let { totals } = artwork.value;
    if (previous) {
      await tx.rating.delete({ where: key, select: { value: true } });
      await withdrawNotification(tx, { type: "RATING", recipientId: artwork.value.authorId, actorId: userId, artworkId });
      totals = { count: totals.count - 1, sum: totals.sum - previous.value };
      await storeTotals(tx, artworkId, { ...artwork.value, totals });
    }
    return done({ count: totals.count, average: averageRating(totals), mine: null });
  });
}

export async function ratingSummary(artworkId: string, viewerId?: string): Promise<RatingSummary> {
  const [artwork, mine] = await Promise.all([
    db.artwork.findUniqueOrThrow({ where: { id: artworkId }, select: { ratingCount: true, ratingSum: true } }),
    viewerId ? db.rating.findUnique({ where: { artworkId_userId: { artworkId, userId: viewerId } }, select: { value: true } }) : null,
  ]);
  const totals = { count: artwork.ratingCount, sum: artwork.ratingSum };
  return { count: totals.count, average: averageRating(totals), mine: mine?.value ?? null };
}

/** The member's own stars for an artwork, or null. */
export async function viewerRating(artworkId: string, userId: string | undefined): Promise<number | null> {
  if (!userId) return null;
  const rating = await db.rating.findUnique({ where: { artworkId_userId: { artworkId, userId } }, select: { value: true } });
  return rating?.value ?? null;
}
