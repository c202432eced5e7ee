import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { rateArtwork, removeRating } from "@/lib/ratings/ratings";
import { hotScore, topScore } from "@/lib/ratings/score";
import { bareArtwork } from "@/lib/testing/artworks";
import { atOnce, bareMembers } from "@/lib/testing/concurrency";
import { createTestUser } from "@/lib/testing/factories";
import { deleteAccount } from "@/lib/users/delete-account";

async function storedTotals(artworkId: string) {
  return db.artwork.findUniqueOrThrow({
    where: { id: artworkId },
    select: { ratingCount: true, ratingSum: true, topScore: true, hotScore: true, createdAt: true },
  });
}

/** The totals and scores stored on the artwork match the rating rows there are. */
async function expectTotalsMatchRatings(artworkId: string) {
  const ratings = await db.rating.findMany({ where: { artworkId }, select: { value: true } });
  const totals = { count: ratings.length, sum: ratings.reduce((sum, rating) => sum + rating.value, 0) };
  const stored = await storedTotals(artworkId);
  expect({ count: stored.ratingCount, sum: stored.ratingSum }).toEqual(totals);
  expect(stored.topScore).toBeCloseTo(topScore(totals), 10);
  expect(stored.hotScore).toBeCloseTo(hotScore(totals, stored.createdAt), 10);
  return totals;
}

describe("ratings given at the same moment", () => {
  it("count 50 members rating one artwork at once exactly", async () => {
    const artist = await createTestUser();
    const artwork = await bareArtwork(artist.id, "Popular");
    const raters = await bareMembers(50);
    const stars = raters.map((_, i) => (i % 5) + 1);
    const results = await atOnce(raters.length, (i) => rateArtwork(artwork.id, raters[i].id, stars[i]));
    expect(results.filter((result) => !result.ok)).toEqual([]);
    expect(await expectTotalsMatchRatings(artwork.id)).toEqual({ count: 50, sum: 150 });
  });

  it("leave one member with one rating, counted once, when they change it several times at once", async () => {
    const [artist, fan] = [await createTestUser(), await createTestUser()];
    const artwork = await bareArtwork(artist.id, "Hesitation");
    for (let round = 0; round < 3; round++) {
      const results = await atOnce(10, (i) => (i === 7 ? removeRating(artwork.id, fan.id) : rateArtwork(artwork.id, fan.id, (i % 5) + 1)));
      expect(results.filter((result) => !result.ok)).toEqual([]);
      const totals = await expectTotalsMatchRatings(artwork.id);
      expect(totals.count).toBeLessThanOrEqual(1);
    }
  });

  it("keep the totals exact when a member changes their ratings while their account is being deleted", async () => {
    const artist = await createTestUser();
    const artworks = [await bareArtwork(artist.id, "First"), await bareArtwork(artist.id, "Second")];
    const [fan, other] = await bareMembers(2);
    for (const artwork of artworks) await rateArtwork(artwork.id, other.id, 2);
    await rateArtwork(artworks[0].id, fan.id, 1);
    // A change of an existing rating, a new one, and the deletion, all at once.
    const [deleted] = await Promise.all([deleteAccount(fan.id), ...artworks.map((artwork) => rateArtwork(artwork.id, fan.id, 5))]);
    expect(deleted.ok).toBe(true);
    for (const artwork of artworks) expect(await expectTotalsMatchRatings(artwork.id)).toEqual({ count: 1, sum: 2 });
  });
});
