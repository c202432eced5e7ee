import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ARTWORK_GONE } from "@/lib/art/refusals";
import { OWN_ARTWORK, rateArtwork, ratingSummary, removeRating } from "@/lib/ratings/ratings";
import { done, refused } from "@/lib/result";
import { hotScore, topScore } from "@/lib/ratings/score";
import { bareArtwork } from "@/lib/testing/artworks";
import { createTestUser } from "@/lib/testing/factories";
import { rateArtworkSchema } from "@/lib/ratings/schemas";

async function storedTotals(artworkId: string) {
  return db.artwork.findUniqueOrThrow({
    where: { id: artworkId },
    select: { ratingCount: true, ratingSum: true, topScore: true, hotScore: true, createdAt: true },
  });
}

describe("rating artwork", () => {
  it("adds, changes and removes one member's rating, keeping totals and scores exact", async () => {
    const [artist, fan] = [await createTestUser(), await createTestUser()];
    const artwork = await bareArtwork(artist.id, "Rate me");

    expect(await rateArtwork(artwork.id, fan.id, 4)).toEqual(done({ count: 1, average: 4, mine: 4 }));
    expect(await rateArtwork(artwork.id, fan.id, 2)).toEqual(done({ count: 1, average: 2, mine: 2 }));
    const stored = await storedTotals(artwork.id);
    expect([stored.ratingCount, stored.ratingSum]).toEqual([1, 2]);
    expect(stored.topScore).toBeCloseTo(topScore({ count: 1, sum: 2 }), 10);
    expect(stored.hotScore).toBeCloseTo(hotScore({ count: 1, sum: 2 }, stored.createdAt), 10);

    expect(await removeRating(artwork.id, fan.id)).toEqual(done({ count: 0, average: null, mine: null }));
    expect(await db.rating.count({ where: { artworkId: artwork.id } })).toBe(0);
    expect((await storedTotals(artwork.id)).topScore).toBe(3);
  });

  it("refuses rating your own work, and a missing artwork, writing nothing", async () => {
    const artist = await createTestUser();
    const artwork = await bareArtwork(artist.id, "Rate me");
    expect(await rateArtwork(artwork.id, artist.id, 5)).toEqual(refused(OWN_ARTWORK));
    expect(await rateArtwork("nosuchartwork000", artist.id, 5)).toEqual(refused(ARTWORK_GONE));
    expect(await db.rating.count({ where: { userId: artist.id } })).toBe(0);
    expect((await storedTotals(artwork.id)).ratingCount).toBe(0);
  });

  it("refuses rating or unrating an artwork moderators hid, as if it did not exist, writing nothing", async () => {
    const [artist, fan] = [await createTestUser(), await createTestUser()];
    const artwork = await bareArtwork(artist.id, "Rate me");
    await rateArtwork(artwork.id, fan.id, 4);
    await db.artwork.update({ where: { id: artwork.id }, data: { hiddenAt: new Date(), hiddenReason: "Spam" } });

    expect(await rateArtwork(artwork.id, fan.id, 1)).toEqual(refused(ARTWORK_GONE));
    expect(await removeRating(artwork.id, fan.id)).toEqual(refused(ARTWORK_GONE));
    expect(await rateArtwork(artwork.id, artist.id, 5)).toEqual(refused(ARTWORK_GONE));
    expect(await db.rating.findMany({ where: { artworkId: artwork.id }, select: { userId: true, value: true } })).toEqual([
      { userId: fan.id, value: 4 },
    ]);
    expect((await storedTotals(artwork.id)).ratingSum).toBe(4);
  });

  it("never touches another member's rating", async () => {
    const [artist, first, second] = [await createTestUser(), await createTestUser(), await createTestUser()];
    const artwork = await bareArtwork(artist.id, "Rate me");
    await rateArtwork(artwork.id, first.id, 5);
    await rateArtwork(artwork.id, second.id, 1);
    await removeRating(artwork.id, second.id);
    expect(await ratingSummary(artwork.id, first.id)).toEqual({ count: 1, average: 5, mine: 5 });
  });

  it("stays exact when 50 members rate at the same moment", async () => {
    const artist = await createTestUser();
    const artwork = await bareArtwork(artist.id, "Rate me");
    const raters = await Promise.all(Array.from({ length: 50 }, () => createTestUser("rater")));
    const values = raters.map((_, index) => (index % 5) + 1);
    const results = await Promise.all(raters.map((rater, index) => rateArtwork(artwork.id, rater.id, values[index])));
    expect(results.every((result) => result.ok)).toBe(true);
    const stored = await storedTotals(artwork.id);
    const sum = values.reduce((a, b) => a + b, 0);
    expect([stored.ratingCount, stored.ratingSum]).toEqual([50, sum]);
    expect(await db.rating.count({ where: { artworkId: artwork.id } })).toBe(50);
    expect(stored.topScore).toBeCloseTo(topScore({ count: 50, sum }), 10);
  });

  it("accepts only whole stars from 1 to 5", () => {
    const parse = (value: unknown) => rateArtworkSchema.safeParse({ artworkId: "abcdefghij0123", value }).success;
    expect(["1", "5", 3].map(parse)).toEqual([true, true, true]);
    expect(["0", "6", "4.5", "abc", "", undefined, "-1"].map(parse)).toEqual([false, false, false, false, false, false, false]);
  });
});
