import { describe, expect, it } from "vitest";
import { pageQuerySql } from "@/lib/art/gallery-page";
import { listArtworks } from "@/lib/art/queries";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { rateArtwork } from "@/lib/ratings/ratings";
import { createArtworkRow } from "@/lib/testing/artworks";
import { createTestUser } from "@/lib/testing/factories";
import { PERIOD_SORTS, SORTS } from "@/lib/art/gallery-order";

const artwork = (authorId: string, title: string, createdAt: Date) =>
  createArtworkRow(authorId, { title, createdAt, hotScore: createdAt.getTime() / 1000 / 45_000 });

describe("gallery orders", () => {
  it("orders an artist's work by each sort, and limits top rated to a period", async () => {
    const artist = await createTestUser();
    const raters = await Promise.all(Array.from({ length: 4 }, () => createTestUser("rater")));
    const now = new Date();
    const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);
    const old = await artwork(artist.id, "Old favourite", daysAgo(20));
    const single = await artwork(artist.id, "One perfect vote", daysAgo(2));
    await artwork(artist.id, "Fresh", daysAgo(0.1));

    for (const rater of raters) await rateArtwork(old.id, rater.id, 5);
    await rateArtwork(old.id, artist.id, 5); // refused: own work
    await rateArtwork(single.id, raters[0].id, 5);

    const titles = async (sort: "new" | "top" | "most" | "hot", period: "day" | "week" | "month" | "all" = "all") =>
      (await listArtworks({ page: 1, authorId: artist.id, order: { sort, period }, now })).items.map((item) => item.title);

    expect(await titles("new")).toEqual(["Fresh", "One perfect vote", "Old favourite"]);
    expect(await titles("top")).toEqual(["Old favourite", "One perfect vote", "Fresh"]);
    expect(await titles("most")).toEqual(["Old favourite", "One perfect vote", "Fresh"]);
    expect(await titles("top", "week")).toEqual(["One perfect vote", "Fresh"]);
    expect(await titles("top", "day")).toEqual(["Fresh"]);
    // Two days of age outweigh +2 approval (it would take 10^(2 days / 12.5 h) times more).
    expect(await titles("hot")).toEqual(["Fresh", "One perfect vote", "Old favourite"]);
  });
});

describe("query plans", () => {
  it("serves every order, period and artist page from its index alone, without a temporary sort", async () => {
    const since = new Date(Date.now() - 7 * 86_400_000);
    for (const sort of SORTS) {
      for (const authorId of [undefined, "an-artist"]) {
        for (const period of PERIOD_SORTS.includes(sort) ? [undefined, since] : [undefined]) {
          // Leaving hidden artwork out is checked inside the index: no table lookups.
          const statement = pageQuerySql({ sort, authorId, since: period, offset: 594, limit: 6 });
          const rows = await db.$queryRaw<{ detail: string }[]>(Prisma.sql`EXPLAIN QUERY PLAN ${statement}`);
          const plan = rows.map((row) => row.detail).join(" | ");
          const name = `${sort}${authorId ? " by artist" : ""}${period ? " this week" : ""}`;
          expect(plan, name).toMatch(/USING COVERING INDEX Artwork_/);
          expect(plan, name).not.toMatch(/TEMP B-TREE/);
        }
      }
    }
  });
});
