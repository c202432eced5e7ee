import "server-only";
import { ARTWORK_GONE } from "@/lib/art/refusals";
import { lockRow } from "@/lib/database/row-lock";
import { db } from "@/lib/db";
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

/**
 * Hidden artwork cannot be rated, by anyone: for everyone but its owner it
 * does not exist, and owners never rate their own. The member's row stays
 * locked until the rating's transaction ends, so their previous rating,
 * read next, is the one the totals hold even when they change it twice at
 * once; other members' ratings only meet at the totals' atomic increment.
 */
async function rateableArtwork(tx: Transaction, artworkId: string, userId: string) {
  await lockRow(tx, "User", userId);
  const artwork = await tx.artwork.findUnique({ where: { id: artworkId }, select: { authorId: true, hiddenAt: true } });
  if (!artwork || artwork.hiddenAt) return refused(ARTWORK_GONE);
  if (artwork.authorId === userId) return refused(OWN_ARTWORK);
  return null;
}

/**
 * Sets the member's stars for an artwork (adding or changing their one
 * rating). The rating and the artwork's totals and scores change in one
 * transaction, so concurrent raters can never leave them out of step.
 */
export async function rateArtwork(artworkId: string, userId: string, value: number): Promise<Result<RatingSummary>> {
  return db.$transaction(async (tx): Promise<Result<RatingSummary>> => {
    const refusal = await rateableArtwork(tx, artworkId, userId);
    if (refusal) return refusal;
    const key = { artworkId_userId: { artworkId, userId } };
    const previous = await tx.rating.findUnique({ where: key, select: { value: true } });
    await tx.rating.upsert({ where: key, create: { artworkId, userId, value }, update: { value } });
    const totals = await applyChange(tx, artworkId, previous ? 0 : 1, value - (previous?.value ?? 0));
    return done({ count: totals.count, average: averageRating(totals), mine: value });
  });
}

/** Takes the member's rating back; rating nothing is not an error. */
export async function removeRating(artworkId: string, userId: string): Promise<Result<RatingSummary>> {
  return db.$transaction(async (tx): Promise<Result<RatingSummary>> => {
    const refusal = await rateableArtwork(tx, artworkId, userId);
    if (refusal) return refusal;
    const key = { artworkId_userId: { artworkId, userId } };
    const previous = await tx.rating.findUnique({ where: key, select: { value: true } });
    let totals: RatingTotals;
    if (previous) {
      await tx.rating.delete({ where: key });
      totals = await applyChange(tx, artworkId, -1, -previous.value);
    } else {
      const row = await tx.artwork.findUniqueOrThrow({ where: { id: artworkId }, select: { ratingCount: true, ratingSum: true } });
      totals = { count: row.ratingCount, sum: row.ratingSum };
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
