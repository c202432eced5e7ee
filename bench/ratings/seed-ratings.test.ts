import { expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { seedRatedCommunity } from "./seed-ratings";

// Counts every artwork and rating there is: a database of its own.
vi.mock("@/lib/db", async () => ({ db: await (await import("@/lib/testing/private-database")).privateDatabaseWithoutArtwork() }));

// The benchmark's seed writes its rows with SQL of its own on each database (one JSON insert, the scores in one
// UPDATE): they must read back through the app's client as if every rating had gone through rateArtwork.
it("seeds a rated gallery that reads back through Prisma with exact totals, scores and dates", { timeout: 120_000 }, async () => {
  // Enough rated artwork for the seed's own check of 1,000 of them (totals against the rows, scores against score.ts).
  const plan = { members: 80, artists: 10, artworks: 1_500, ratings: 6_000, unratedShare: 0.3, maxRatingsPerArtwork: 60, ageDays: 30 };
  const seed = await seedRatedCommunity(plan, "not a real hash");

  expect(seed.verified).toBe(1_000);
  expect(await db.rating.count()).toBe(plan.ratings);
  const totals = await db.artwork.aggregate({ _sum: { ratingCount: true }, _count: { _all: true } });
  expect(totals).toEqual({ _sum: { ratingCount: plan.ratings }, _count: { _all: plan.artworks } });
  expect(await db.artworkVariant.count({ where: { kind: "THUMB" } })).toBe(2 * plan.artworks);

  const sample = seed.artworks.slice(0, 50);
  const stored = await db.artwork.findMany({
    where: { id: { in: sample.map((artwork) => artwork.id) } },
    select: { id: true, createdAt: true },
  });
  expect(new Map(stored.map((row) => [row.id, row.createdAt]))).toEqual(new Map(sample.map((artwork) => [artwork.id, artwork.createdAt])));
});
