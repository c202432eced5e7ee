import { describe, expect, it } from "vitest";
import { deleteArtworks, updateArtwork } from "@/lib/art/manage";
import { NOT_ALL_YOUR_ARTWORK, NOT_YOUR_ARTWORK } from "@/lib/art/refusals";
import { db } from "@/lib/db";
import { bareArtwork, createTestArtwork, filesOnDisk } from "@/lib/testing/artworks";
import { createTestUser } from "@/lib/testing/factories";
import { done, refused } from "@/lib/result";

describe("editing artwork", () => {
  it("lets the owner change the title and description", async () => {
    const owner = await createTestUser();
    const artwork = await bareArtwork(owner.id, "Original");
    expect(await updateArtwork(artwork.id, owner.id, { title: "Renamed", description: "Now with words", tags: [] })).toEqual(done());
    expect(await db.artwork.findUnique({ where: { id: artwork.id } })).toMatchObject({ title: "Renamed", description: "Now with words" });
  });

  it("refuses another member and changes nothing", async () => {
    const [owner, intruder] = [await createTestUser(), await createTestUser()];
    const artwork = await bareArtwork(owner.id, "Original");
    expect(await updateArtwork(artwork.id, intruder.id, { title: "Hijacked", description: "", tags: ["hijacked"] })).toEqual(
      refused(NOT_YOUR_ARTWORK),
    );
    expect((await db.artwork.findUniqueOrThrow({ where: { id: artwork.id } })).title).toBe("Original");
  });
});

async function keysOf(artworkId: string): Promise<string[]> {
  return (await db.artworkVariant.findMany({ where: { artworkId }, select: { key: true } })).map((variant) => variant.key);
}

describe("deleting several artworks", () => {
  it("deletes the owner's selection with every file", async () => {
    const owner = await createTestUser();
    const [first, second, kept] = [await createTestArtwork(owner.id), await createTestArtwork(owner.id), await createTestArtwork(owner.id)];
    const doomedKeys = [...(await keysOf(first.id)), ...(await keysOf(second.id))];

    expect(await deleteArtworks([first.id, second.id], owner.id)).toEqual(done());
    expect(await db.artwork.findMany({ where: { authorId: owner.id }, select: { id: true } })).toEqual([{ id: kept.id }]);
    const files = await filesOnDisk();
    expect(doomedKeys.filter((key) => files.includes(key))).toEqual([]);
    expect(files).toEqual(expect.arrayContaining(await keysOf(kept.id)));
  });

  it("deletes nothing when one of the ids is another member's or missing", async () => {
    const [owner, other] = [await createTestUser(), await createTestUser()];
    const mine = await createTestArtwork(owner.id);
    const theirs = await createTestArtwork(other.id);
    expect(await deleteArtworks([mine.id, theirs.id], owner.id)).toEqual(refused(NOT_ALL_YOUR_ARTWORK));
    expect(await deleteArtworks([mine.id, "cmissing0000000000000000"], owner.id)).toEqual(refused(NOT_ALL_YOUR_ARTWORK));
    expect(await deleteArtworks([], owner.id)).toEqual(refused(NOT_ALL_YOUR_ARTWORK));
    expect(await db.artwork.count({ where: { id: { in: [mine.id, theirs.id] } } })).toBe(2);
    const files = await filesOnDisk();
    expect(files).toEqual(expect.arrayContaining([...(await keysOf(mine.id)), ...(await keysOf(theirs.id))]));
  });
});
