import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { bareArtwork } from "@/lib/testing/artworks";
import { createTestUser, uniqueUsername } from "@/lib/testing/factories";

// The counters and copies prisma/migrations/*_discovery keeps with triggers, on both databases.

const followCounts = (id: string) => db.user.findUniqueOrThrow({ where: { id }, select: { followerCount: true, followingCount: true } });

async function tagged(artworkId: string) {
  const artwork = await db.artwork.findUniqueOrThrow({ where: { id: artworkId } });
  const tag = await db.tag.create({ data: { name: uniqueUsername("tag") } });
  const { createdAt, topScore, ratingCount, hotScore, favouriteCount, hiddenAt } = artwork;
  await db.artworkTag.create({
    data: { artworkId, tagId: tag.id, position: 0, createdAt, topScore, ratingCount, hotScore, favouriteCount, hiddenAt },
  });
  return tag;
}

describe("follower counts", () => {
  it("count each follow on both members and forget it when it ends", async () => {
    const [ada, ben] = await Promise.all([createTestUser("ada"), createTestUser("ben")]);
    await db.follow.create({ data: { followerId: ada.id, followeeId: ben.id } });
    await db.follow.create({ data: { followerId: ben.id, followeeId: ada.id } });
    expect(await followCounts(ada.id)).toEqual({ followerCount: 1, followingCount: 1 });
    await db.follow.delete({ where: { followerId_followeeId: { followerId: ada.id, followeeId: ben.id } } });
    expect(await followCounts(ben.id)).toEqual({ followerCount: 0, followingCount: 1 });
    expect(await followCounts(ada.id)).toEqual({ followerCount: 1, followingCount: 0 });
  });

  it("drop the follows of a deleted account from the members it followed and who followed it", async () => {
    const [gone, artist, fan] = await Promise.all([createTestUser("gone"), createTestUser("artist"), createTestUser("fan")]);
    await db.follow.createMany({
      data: [
        { followerId: gone.id, followeeId: artist.id },
        { followerId: fan.id, followeeId: gone.id },
      ],
    });
    await db.user.delete({ where: { id: gone.id } });
    expect(await followCounts(artist.id)).toEqual({ followerCount: 0, followingCount: 0 });
    expect(await followCounts(fan.id)).toEqual({ followerCount: 0, followingCount: 0 });
  });
});

describe("favourite counts", () => {
  it("count favourites on the artwork and its tag rows, and drop a deleted member's", async () => {
    const [artist, fan] = await Promise.all([createTestUser("artist"), createTestUser("fan")]);
    const artwork = await bareArtwork(artist.id);
    const tag = await tagged(artwork.id);
    await db.favourite.create({ data: { userId: fan.id, artworkId: artwork.id } });
    expect(await db.artwork.findUniqueOrThrow({ where: { id: artwork.id } })).toMatchObject({ favouriteCount: 1 });
    expect(await db.artworkTag.findFirstOrThrow({ where: { tagId: tag.id } })).toMatchObject({ favouriteCount: 1 });
    await db.user.delete({ where: { id: fan.id } });
    expect(await db.artwork.findUniqueOrThrow({ where: { id: artwork.id } })).toMatchObject({ favouriteCount: 0 });
  });
});

describe("tags", () => {
  it("count their uses, and stop counting an artwork once it is deleted", async () => {
    const artist = await createTestUser("artist");
    const [first, second] = [await bareArtwork(artist.id), await bareArtwork(artist.id)];
    const tag = await tagged(first.id);
    const { createdAt, topScore, ratingCount, hotScore, favouriteCount, hiddenAt } = second;
    await db.artworkTag.create({
      data: { artworkId: second.id, tagId: tag.id, position: 0, createdAt, topScore, ratingCount, hotScore, favouriteCount, hiddenAt },
    });
    expect(await db.tag.findUniqueOrThrow({ where: { id: tag.id } })).toMatchObject({ usageCount: 2 });
    await db.artwork.delete({ where: { id: first.id } });
    expect(await db.tag.findUniqueOrThrow({ where: { id: tag.id } })).toMatchObject({ usageCount: 1 });
  });

  it("carry the artwork's current sort columns, so a tag page orders and hides as the gallery does", async () => {
    const artist = await createTestUser("artist");
    const artwork = await bareArtwork(artist.id);
    const tag = await tagged(artwork.id);
    const hiddenAt = new Date("2026-12-01T10:00:00Z");
    await db.artwork.update({ where: { id: artwork.id }, data: { ratingCount: 3, topScore: 4.2, hotScore: 9.5, hiddenAt } });
    expect(await db.artworkTag.findFirstOrThrow({ where: { tagId: tag.id } })).toMatchObject({
      ratingCount: 3,
      topScore: 4.2,
      hotScore: 9.5,
      hiddenAt,
    });
  });
});
