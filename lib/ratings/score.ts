/**
 * The ranking formulas, pure, so the same numbers are stored, tested and
 * explained on /ranking.
 */

/** Prior mean: the middle of the 1–5 scale, so an unknown artwork starts neutral. Fixed, so stored scores never need recomputing. */
export const PRIOR_MEAN = 3;
/** Prior weight: how many "neutral" ratings every artwork starts with. */
export const PRIOR_WEIGHT = 5;
/** Seconds of age worth one factor of ten in rating strength (Reddit's 12.5 hours). */
export const HOT_DECAY_SECONDS = 45_000;

export type RatingTotals = { count: number; sum: number };

/** Bayesian average: (C·m + sum) / (m + count). A single 5-star vote moves it a little, a hundred a lot. */
export function topScore({ count, sum }: RatingTotals): number {
  return (PRIOR_MEAN * PRIOR_WEIGHT + sum) / (PRIOR_WEIGHT + count);
}

/**
 * Net approval: each star above 3 counts for, each below against, so
 * 5★ = +2 and 1★ = −2.
 */
export function ratingStrength({ count, sum }: RatingTotals): number {
  return sum - PRIOR_MEAN * count;
}

/**
 * Hot: the order of magnitude of the strength plus the creation time over a
 * constant. Newer work needs ten times less approval per 12.5 hours of age,
 * and since time only enters through the creation date, the score never
 * changes on its own and can be indexed.
 */
export function hotScore(totals: RatingTotals, createdAt: Date): number {
  const strength = ratingStrength(totals);
  const magnitude = Math.log10(Math.max(Math.abs(strength), 1));
  return Math.sign(strength) * magnitude + createdAt.getTime() / 1000 / HOT_DECAY_SECONDS;
}

/** The average shown to people, to one decimal; null when nobody has rated yet. */
export function averageRating({ count, sum }: RatingTotals): number | null {
  return count === 0 ? null : Math.round((sum / count) * 10) / 10;
}

/** "4.3 average from 12 ratings", as the artwork page says it. */
export function describeAverage(totals: RatingTotals): string {
  const average = averageRating(totals);
  if (average === null) return "No ratings yet";
  return `${average.toFixed(1)} average from ${totals.count} rating${totals.count === 1 ? "" : "s"}`;
}
