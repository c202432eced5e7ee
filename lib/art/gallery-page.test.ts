import { describe, expect, it } from "vitest";
import { listArtworks } from "@/lib/art/queries";
import type { Period, Sort } from "@/lib/art/gallery-order";
import { setFavourite } from "@/lib/favourites/favourites";
import { rateArtwork } from "@/lib/ratings/ratings";
import { createArtworkRow } from "@/lib/testing/artworks";
import { createTestUser } from "@/lib/testing/factories";

const artwork = (authorId: string, title: string, createdAt: Date) =>
  createArtworkRow(authorId, { title, createdAt, hotScore: createdAt.getTime() / 1000 / 45_000 });

describe("gallery orders", () => {
  it("orders an artist's work by each sort, and limits top rated and most favourited to a period", async () => {
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
    for (const rater of raters.slice(0, 2)) await setFavourite(rater.id, single.id, true);
    await setFavourite(raters[0].id, old.id, true);

    const titles = async (sort: Sort, period: Period = "all") =>
      (await listArtworks({ page: 1, authorId: artist.id, order: { sort, period }, now })).items.map((item) => item.title);

    expect(await titles("new")).toEqual(["Fresh", "One perfect vote", "Old favourite"]);
    expect(await titles("top")).toEqual(["Old favourite", "One perfect vote", "Fresh"]);
    expect(await titles("most")).toEqual(["Old favourite", "One perfect vote", "Fresh"]);
    expect(await titles("top", "week")).toEqual(["One perfect vote", "Fresh"]);
    expect(await titles("top", "day")).toEqual(["Fresh"]);
    expect(await titles("faves")).toEqual(["One perfect vote", "Old favourite", "Fresh"]);
    expect(await titles("faves", "week")).toEqual(["One perfect vote", "Fresh"]);
    // Two days of age outweigh +2 approval (it would take 10^(2 days / 12.5 h) times more).
    expect(await titles("hot")).toEqual(["Fresh", "One perfect vote", "Old favourite"]);
  });
});
