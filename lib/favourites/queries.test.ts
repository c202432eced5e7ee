import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { setFavourite, setFavouritesPublic } from "@/lib/favourites/favourites";
import { listFavourites } from "@/lib/favourites/queries";
import { createArtworkRow } from "@/lib/testing/artworks";
import { createTestUser, uniqueUsername } from "@/lib/testing/factories";

async function titlesOf(ownerId: string, viewerId: string | undefined, page = 1) {
  const list = await listFavourites(ownerId, viewerId, page);
  return list.private ? "private" : list.page.items.map((card) => card.title);
}

describe("a member's favourites", () => {
  it("lists the newest favourited first, paged, leaving out hidden artwork", async () => {
    const [artist, fan] = [await createTestUser(), await createTestUser("fan")];
    const artworks = [];
    for (const title of ["One", "Two", "Three", "Four", "Five", "Six", "Seven", "Hidden"])
      artworks.push(await createArtworkRow(artist.id, { title }));
    for (const artwork of artworks) {
      await setFavourite(fan.id, artwork.id, true);
      // Favourited at distinct moments, whatever the clock's resolution.
      await db.favourite.update({
        where: { userId_artworkId: { userId: fan.id, artworkId: artwork.id } },
        data: { createdAt: new Date(Date.UTC(2026, 0, 1 + artworks.indexOf(artwork))) },
      });
    }
    await db.artwork.update({ where: { id: artworks[7].id }, data: { hiddenAt: new Date() } });
    expect(await titlesOf(fan.id, undefined)).toEqual(["Seven", "Six", "Five", "Four", "Three", "Two"]);
    expect(await titlesOf(fan.id, artist.id, 2)).toEqual(["One"]);
    const list = await listFavourites(fan.id, undefined, 1);
    expect(list.private ? null : list.page.total).toBe(7);
  });

  it("shows private favourites to their owner only", async () => {
    const [artist, fan, other] = [await createTestUser(), await createTestUser("fan"), await createTestUser("other")];
    const artwork = await createArtworkRow(artist.id, { title: "Secret love" });
    await setFavourite(fan.id, artwork.id, true);
    await setFavouritesPublic(fan.id, false);
    expect(await titlesOf(fan.id, other.id)).toBe("private");
    expect(await titlesOf(fan.id, undefined)).toBe("private");
    expect(await titlesOf(fan.id, fan.id)).toEqual(["Secret love"]);
    await setFavouritesPublic(fan.id, true);
    expect(await titlesOf(fan.id, other.id)).toEqual(["Secret love"]);
  });

  it("leaves out, for a viewer, artwork with a tag they muted and the art of members they blocked", async () => {
    const [artist, blocked, fan, viewer] = await Promise.all(["artist", "blocked", "fan", "viewer"].map((name) => createTestUser(name)));
    const plain = await createArtworkRow(artist.id, { title: "Plain" });
    const tagged = await createArtworkRow(artist.id, { title: "Tagged" });
    const theirs = await createArtworkRow(blocked.id, { title: "Blocked art" });
    const tag = await db.tag.create({ data: { name: uniqueUsername("muted") } });
    const { createdAt, topScore, ratingCount, hotScore, favouriteCount, hiddenAt } = tagged;
    await db.artworkTag.create({
      data: { artworkId: tagged.id, tagId: tag.id, position: 0, createdAt, topScore, ratingCount, hotScore, favouriteCount, hiddenAt },
    });
    await db.mutedTag.create({ data: { userId: viewer.id, tagId: tag.id } });
    await db.block.create({ data: { blockerId: viewer.id, blockedId: blocked.id } });
    for (const artwork of [plain, tagged, theirs]) await setFavourite(fan.id, artwork.id, true);
    expect(await titlesOf(fan.id, viewer.id)).toEqual(["Plain"]);
    expect(((await titlesOf(fan.id, undefined)) as string[]).sort()).toEqual(["Blocked art", "Plain", "Tagged"]);
  });
});
