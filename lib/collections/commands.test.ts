import { describe, expect, it } from "vitest";
import { ARTWORK_GONE } from "@/lib/art/refusals";
import {
  addToCollection,
  createCollection,
  deleteCollection,
  moveInCollection,
  NOT_YOUR_COLLECTION,
  removeFromCollection,
  updateCollection,
} from "@/lib/collections/commands";
import { getCollection, listCollectionItems, listCollections } from "@/lib/collections/queries";
import { db } from "@/lib/db";
import { LIMITS } from "@/lib/rate-limit/limits";
import { takeTurn } from "@/lib/rate-limit/rate-limiter";
import { refused } from "@/lib/result";
import { createArtworkRow } from "@/lib/testing/artworks";
import { atOnce } from "@/lib/testing/concurrency";
import { createTestUser } from "@/lib/testing/factories";

const fields = (title: string, isPublic = true) => ({ title, description: "", isPublic });

async function newCollection(ownerId: string, title = "Night scenes", isPublic = true) {
  const created = await createCollection(ownerId, fields(title, isPublic));
  if (!created.ok) throw new Error(created.message);
  return db.collection.findUniqueOrThrow({ where: { ownerId_slug: { ownerId, slug: created.value } } });
}

async function titlesIn(collectionId: string, viewerId?: string) {
  return (await listCollectionItems(collectionId, viewerId, 1)).items.map((card) => card.title);
}

const itemCountOf = async (id: string) => (await db.collection.findUniqueOrThrow({ where: { id } })).itemCount;

describe("collections", () => {
  it("takes its slug from the title, the next free one when the owner has it already, and anyone's elsewhere", async () => {
    const [owner, other] = [await createTestUser(), await createTestUser("other")];
    expect(await createCollection(owner.id, fields("Night Scenes!"))).toEqual({ ok: true, value: "night-scenes" });
    expect(await createCollection(owner.id, fields("night scenes"))).toEqual({ ok: true, value: "night-scenes-2" });
    expect(await createCollection(other.id, fields("Night scenes"))).toEqual({ ok: true, value: "night-scenes" });
    expect(await createCollection(owner.id, fields("水彩画"))).toEqual({ ok: true, value: "collection" });
  });

  it("gives collections started at once with the same title each a slug of its own", async () => {
    const owner = await createTestUser();
    const results = await atOnce(5, () => createCollection(owner.id, fields("Same title")));
    const slugs = results.map((result) => (result.ok ? result.value : result.message));
    expect(new Set(slugs)).toEqual(new Set(["same-title", "same-title-2", "same-title-3", "same-title-4", "same-title-5"]));
  });

  it("limits how many collections a member starts, keeping nothing past it", async () => {
    const owner = await createTestUser();
    for (let i = 0; i < LIMITS.collection.max; i++) await takeTurn({ limit: LIMITS.collection, subject: owner.id });
    const answer = await createCollection(owner.id, fields("One too many"));
    expect(answer.ok ? "" : answer.message).toMatch(/^You can start 10 collections a day\. Try again in/);
    expect(await db.collection.count({ where: { ownerId: owner.id } })).toBe(0);
  });

  it("adds artwork at the end, once, keeping the count, and refuses hidden artwork", async () => {
    const [owner, artist] = [await createTestUser(), await createTestUser("artist")];
    const collection = await newCollection(owner.id);
    const [first, second] = [await createArtworkRow(artist.id, { title: "First" }), await createArtworkRow(artist.id, { title: "Second" })];
    const hidden = await createArtworkRow(artist.id, { title: "Hidden", hiddenAt: new Date() });
    expect(await addToCollection(owner.id, collection.id, first.id)).toEqual({ ok: true, value: collection.slug });
    await addToCollection(owner.id, collection.id, second.id);
    await addToCollection(owner.id, collection.id, first.id);
    expect(await addToCollection(owner.id, collection.id, hidden.id)).toEqual(refused(ARTWORK_GONE));
    expect(await titlesIn(collection.id)).toEqual(["First", "Second"]);
    expect(await itemCountOf(collection.id)).toBe(2);
    await removeFromCollection(owner.id, collection.id, first.id);
    await removeFromCollection(owner.id, collection.id, first.id);
    expect(await titlesIn(collection.id)).toEqual(["Second"]);
    expect(await itemCountOf(collection.id)).toBe(1);
  });

  it("keeps the count exact when many artworks are added and removed at once", async () => {
    const [owner, artist] = [await createTestUser(), await createTestUser("artist")];
    const collection = await newCollection(owner.id);
    const artworks = await Promise.all(Array.from({ length: 8 }, (_, i) => createArtworkRow(artist.id, { title: `Art ${i}` })));
    await atOnce(artworks.length, (i) => addToCollection(owner.id, collection.id, artworks[i].id));
    await atOnce(4, (i) => addToCollection(owner.id, collection.id, artworks[i].id));
    expect(await itemCountOf(collection.id)).toBe(8);
    const positions = await db.collectionItem.findMany({ where: { collectionId: collection.id }, select: { position: true } });
    expect(new Set(positions.map((item) => item.position)).size).toBe(8);
    await atOnce(3, (i) => removeFromCollection(owner.id, collection.id, artworks[i].id));
    expect(await itemCountOf(collection.id)).toBe(5);
  });

  it("moves artwork up, down and to the top", async () => {
    const [owner, artist] = [await createTestUser(), await createTestUser("artist")];
    const collection = await newCollection(owner.id);
    const art: Record<string, string> = {};
    for (const title of ["A", "B", "C", "D"]) {
      art[title] = (await createArtworkRow(artist.id, { title })).id;
      await addToCollection(owner.id, collection.id, art[title]);
    }
    await moveInCollection(owner.id, collection.id, art.C, "up");
    expect(await titlesIn(collection.id)).toEqual(["A", "C", "B", "D"]);
    await moveInCollection(owner.id, collection.id, art.A, "down");
    expect(await titlesIn(collection.id)).toEqual(["C", "A", "B", "D"]);
    await moveInCollection(owner.id, collection.id, art.D, "top");
    expect(await titlesIn(collection.id)).toEqual(["D", "C", "A", "B"]);
    await moveInCollection(owner.id, collection.id, art.D, "up");
    await moveInCollection(owner.id, collection.id, art.B, "down");
    expect(await titlesIn(collection.id)).toEqual(["D", "C", "A", "B"]);
  });

  it("lets nobody but the owner change, fill, arrange or delete a collection", async () => {
    const [owner, intruder, artist] = [await createTestUser(), await createTestUser("intruder"), await createTestUser("artist")];
    const collection = await newCollection(owner.id);
    const [kept, other] = [await createArtworkRow(artist.id, { title: "Kept" }), await createArtworkRow(artist.id, { title: "Other" })];
    await addToCollection(owner.id, collection.id, kept.id);
    await addToCollection(owner.id, collection.id, other.id);
    const denied = refused(NOT_YOUR_COLLECTION);
    expect(await updateCollection(intruder.id, collection.id, fields("Mine now"))).toEqual(denied);
    expect(await addToCollection(intruder.id, collection.id, other.id)).toEqual(denied);
    expect(await removeFromCollection(intruder.id, collection.id, kept.id)).toEqual(denied);
    expect(await moveInCollection(intruder.id, collection.id, other.id, "top")).toEqual(denied);
    expect(await deleteCollection(intruder.id, collection.id)).toEqual(denied);
    const after = await db.collection.findUniqueOrThrow({ where: { id: collection.id } });
    expect(after.title).toBe("Night scenes");
    expect(await titlesIn(collection.id)).toEqual(["Kept", "Other"]);
    expect((await updateCollection(owner.id, collection.id, fields("Renamed", false))).ok).toBe(true);
    expect(await db.collection.findUniqueOrThrow({ where: { id: collection.id } })).toMatchObject({
      title: "Renamed",
      slug: "night-scenes",
    });
    expect(await deleteCollection(owner.id, collection.id)).toEqual({ ok: true, value: undefined });
    expect(await db.collection.count({ where: { id: collection.id } })).toBe(0);
  });

  it("shows a private collection to its owner alone", async () => {
    const [owner, other] = [await createTestUser(), await createTestUser("other")];
    const hidden = await newCollection(owner.id, "Secret", false);
    await newCollection(owner.id, "Shown");
    expect(await getCollection(owner.id, hidden.slug, other.id)).toBeNull();
    expect(await getCollection(owner.id, hidden.slug, undefined)).toBeNull();
    expect((await getCollection(owner.id, hidden.slug, owner.id))?.title).toBe("Secret");
    expect((await listCollections(owner.id, other.id, 1)).items.map((item) => item.title)).toEqual(["Shown"]);
    expect((await listCollections(owner.id, owner.id, 1)).items.map((item) => item.title).sort()).toEqual(["Secret", "Shown"]);
  });

  it("leaves out of a collection, for a viewer, the art of members they blocked", async () => {
    const [owner, artist, viewer] = [await createTestUser(), await createTestUser("artist"), await createTestUser("viewer")];
    const collection = await newCollection(owner.id);
    for (const title of ["Seen", "Unseen"]) {
      const author = title === "Seen" ? owner.id : artist.id;
      await addToCollection(owner.id, collection.id, (await createArtworkRow(author, { title })).id);
    }
    await db.block.create({ data: { blockerId: artist.id, blockedId: viewer.id } });
    expect(await titlesIn(collection.id, viewer.id)).toEqual(["Seen"]);
    expect(await titlesIn(collection.id, undefined)).toEqual(["Seen", "Unseen"]);
  });
});
