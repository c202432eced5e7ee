import { describe, expect, it } from "vitest";
import { blockMember } from "@/lib/blocks/blocks";
import { FEED_WALK_ROWS, FEW_FOLLOWED, feedPage } from "@/lib/follows/feed";
import { follow } from "@/lib/follows/follows";
import { db } from "@/lib/db";
import { createArtworkRow } from "@/lib/testing/artworks";
import { bareMembers } from "@/lib/testing/concurrency";

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000);

/** Every page of the feed, following the "Older" cursor to the end. */
async function wholeFeed(viewerId: string, pageSize: number): Promise<string[][]> {
  const pages: string[][] = [];
  let cursor;
  do {
    const page = await feedPage(viewerId, cursor, pageSize);
    pages.push(page.ids);
    cursor = page.next ?? undefined;
  } while (cursor);
  return pages;
}

async function followedArtists(viewerId: string, count: number) {
  const artists = await bareMembers(count);
  await db.follow.createMany({ data: artists.map((artist) => ({ followerId: viewerId, followeeId: artist.id })) });
  return artists;
}

describe.each([
  ["a few artists (read one by one)", 3],
  ["many artists (a walk of the gallery)", FEW_FOLLOWED + 1],
])("the following feed, following %s", (_, followed) => {
  it("shows followed artists' work newest first, page by page, without hidden art or anyone else's", async () => {
    const [viewer, stranger] = await bareMembers(2);
    const [ada, ben, cy] = await followedArtists(viewer.id, followed);
    // Two at the same moment: the id breaks the tie, and the cursor must not skip or repeat either.
    const same = minutesAgo(3);
    const made = [
      await createArtworkRow(ada.id, { title: "a1", createdAt: minutesAgo(1) }),
      await createArtworkRow(ben.id, { title: "b1", createdAt: minutesAgo(2) }),
      await createArtworkRow(cy.id, { title: "c1", createdAt: same }),
      await createArtworkRow(ada.id, { title: "a2", createdAt: same }),
      await createArtworkRow(ben.id, { title: "b2", createdAt: minutesAgo(4) }),
    ];
    await createArtworkRow(ada.id, { title: "hidden", createdAt: minutesAgo(1), hiddenAt: new Date() });
    await createArtworkRow(stranger.id, { title: "not followed", createdAt: minutesAgo(1) });
    const expected = [made[0].id, made[1].id, ...[made[2].id, made[3].id].sort().reverse(), made[4].id];
    const pages = await wholeFeed(viewer.id, 2);
    expect(pages.map((page) => page.length)).toEqual([2, 2, 1]);
    expect(pages.flat()).toEqual(expected);
  });

  it("leaves out the art of an artist blocked either way, and the art with a tag the viewer muted", async () => {
    const [viewer] = await bareMembers(1);
    const [ada, ben] = await followedArtists(viewer.id, followed);
    const kept = await createArtworkRow(ada.id, { title: "kept", createdAt: minutesAgo(1) });
    const muted = await createArtworkRow(ada.id, { title: "muted", createdAt: minutesAgo(2) });
    const tag = await db.tag.create({ data: { name: `muted-${muted.id}` } });
    await db.$executeRaw`INSERT INTO "ArtworkTag" ("artworkId", "tagId", "position", "createdAt", "topScore", "ratingCount", "hotScore", "favouriteCount", "hiddenAt")
      SELECT "id", ${tag.id}, 0, "createdAt", "topScore", "ratingCount", "hotScore", "favouriteCount", "hiddenAt" FROM "Artwork" WHERE "id" = ${muted.id}`;
    await db.mutedTag.create({ data: { userId: viewer.id, tagId: tag.id } });
    await createArtworkRow(ben.id, { title: "by a blocker", createdAt: minutesAgo(1) });
    // Ben blocks the viewer: the follow ends, and the viewer following again is refused.
    await blockMember(ben.id, viewer.id);
    expect((await follow(viewer.id, ben.id)).ok).toBe(false);
    expect((await feedPage(viewer.id, undefined, 10)).ids).toEqual([kept.id]);
  });
});

it("is empty, with no older page, for a member who follows nobody", async () => {
  const [viewer] = await bareMembers(1);
  expect(await feedPage(viewer.id, undefined)).toEqual({ ids: [], next: null });
});

it("finds followed artists' work further down the gallery than its walk looks, page by page", async () => {
  const [viewer, busy] = await bareMembers(2);
  const quiet = await followedArtists(viewer.id, FEW_FOLLOWED + 1);
  const yearsAgo = (years: number) => new Date(Date.now() - years * 365 * 86_400_000);
  const older = await createArtworkRow(quiet[0].id, { title: "older", createdAt: yearsAgo(4) });
  const old = await createArtworkRow(quiet[5].id, { title: "old", createdAt: yearsAgo(3) });
  // A whole walk's worth of newer art by someone the viewer does not follow.
  await db.artwork.createMany({
    data: Array.from({ length: FEED_WALK_ROWS }, (_, index) => ({
      authorId: busy.id,
      title: `newer ${index}`,
      width: 1,
      height: 1,
      placeholder: "-",
      dominantColor: "#000000",
      mediaKey: `feed-walk-${busy.id}-${index}`,
      createdAt: yearsAgo(2 - index / FEED_WALK_ROWS),
    })),
  });

  expect(await wholeFeed(viewer.id, 1)).toEqual([[old.id], [older.id]]);
  // Out of the way of the other files' lists in this shared database.
  await db.artwork.deleteMany({ where: { authorId: busy.id } });
});
