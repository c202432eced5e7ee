import { describe, expect, it } from "vitest";
import { updateArtwork } from "@/lib/art/manage";
import { publishArtwork } from "@/lib/art/publish";
import { NOT_YOUR_ARTWORK } from "@/lib/art/refusals";
import { db } from "@/lib/db";
import { rateArtwork } from "@/lib/ratings/ratings";
import { refused } from "@/lib/result";
import { tagsOfArtwork, tagsOfArtworks } from "@/lib/tags/artwork-tags";
import { preparedTestImage } from "@/lib/testing/artworks";
import { atOnce } from "@/lib/testing/concurrency";
import { createTestUser } from "@/lib/testing/factories";

/** A tag name no other test file uses: the Tag table is shared by every test running at once. */
const fresh = (stem: string) => `${stem}-${crypto.randomUUID().slice(0, 8)}`;

async function publishTagged(authorId: string, tags: string[], title = "Tagged") {
  const published = await publishArtwork(authorId, { title, description: "", tags }, await preparedTestImage());
  if (!published.ok) throw new Error(published.message);
  return published.value;
}

const usage = async (name: string) => (await db.tag.findUnique({ where: { name }, select: { usageCount: true } }))?.usageCount;

describe("tags on upload", () => {
  it("stores each tag once, in the order typed, with the artwork's sort columns", async () => {
    const artist = await createTestUser();
    const [ink, paper] = [fresh("ink"), fresh("paper")];
    const first = await publishTagged(artist.id, [ink, paper]);
    const second = await publishTagged(artist.id, [paper]);

    expect(await tagsOfArtwork(first.id)).toEqual([ink, paper]);
    expect(await tagsOfArtworks([first.id, second.id])).toEqual(
      new Map([
        [first.id, [ink, paper]],
        [second.id, [paper]],
      ]),
    );
    expect(await db.tag.count({ where: { name: { in: [ink, paper] } } })).toBe(2);
    expect([await usage(ink), await usage(paper)]).toEqual([1, 2]);
    const artwork = await db.artwork.findUniqueOrThrow({ where: { id: first.id } });
    const row = await db.artworkTag.findFirstOrThrow({ where: { artworkId: first.id, tag: { name: ink } } });
    expect(row).toMatchObject({
      position: 0,
      createdAt: artwork.createdAt,
      topScore: artwork.topScore,
      hotScore: artwork.hotScore,
      ratingCount: 0,
      favouriteCount: 0,
      hiddenAt: null,
    });
  });

  it("lets uploads at once create the same new tag without failing, and counts each", async () => {
    const artists = await Promise.all(Array.from({ length: 4 }, () => createTestUser()));
    const shared = fresh("brand-new");
    const published = await atOnce(artists.length, (index) => publishTagged(artists[index].id, [shared, fresh("own")]));
    expect(published).toHaveLength(4);
    expect(await db.tag.count({ where: { name: shared } })).toBe(1);
    expect(await usage(shared)).toBe(4);
  });
});

describe("tags on edit", () => {
  it("replaces the list in the new order, and the counts follow", async () => {
    const artist = await createTestUser();
    const [kept, dropped, added] = [fresh("kept"), fresh("dropped"), fresh("added")];
    const artwork = await publishTagged(artist.id, [kept, dropped]);
    // A rating after the upload: the copied columns now differ from the upload's.
    await rateArtwork(artwork.id, (await createTestUser()).id, 5);

    expect((await updateArtwork(artwork.id, artist.id, { title: "Renamed", description: "", tags: [added, kept] })).ok).toBe(true);
    expect(await tagsOfArtwork(artwork.id)).toEqual([added, kept]);
    expect([await usage(kept), await usage(dropped), await usage(added)]).toEqual([1, 0, 1]);
    const current = await db.artwork.findUniqueOrThrow({ where: { id: artwork.id } });
    const rows = await db.artworkTag.findMany({ where: { artworkId: artwork.id } });
    for (const row of rows) expect(row).toMatchObject({ ratingCount: 1, topScore: current.topScore, hotScore: current.hotScore });

    expect((await updateArtwork(artwork.id, artist.id, { title: "Renamed", description: "", tags: [] })).ok).toBe(true);
    expect(await tagsOfArtwork(artwork.id)).toEqual([]);
  });

  it("refuses another member, whose tags change nothing", async () => {
    const [artist, intruder] = [await createTestUser(), await createTestUser()];
    const mine = fresh("mine");
    const artwork = await publishTagged(artist.id, [mine]);
    const theirs = fresh("theirs");
    expect(await updateArtwork(artwork.id, intruder.id, { title: "Hijacked", description: "", tags: [theirs] })).toEqual(
      refused(NOT_YOUR_ARTWORK),
    );
    expect(await tagsOfArtwork(artwork.id)).toEqual([mine]);
    expect(await db.tag.findUnique({ where: { name: theirs } })).toBeNull();
  });
});
