import { beforeEach, describe, expect, it, vi } from "vitest";
import { initialFormState } from "@/lib/actions/form-state";
import { db } from "@/lib/db";
import { createArtworkRow } from "@/lib/testing/artworks";
import { formData } from "@/lib/testing/form-data";
import { Redirected } from "@/lib/testing/request-context";
import { NOT_YOUR_COLLECTION } from "@/lib/collections/commands";
import { changeCollectionItem, moveCollectionItem, removeCollection, saveCollection, startCollection } from "./actions";

const request = await vi.hoisted(async () => (await import("@/lib/testing/request-context")).mockRequestContext());

beforeEach(() => vi.clearAllMocks());

async function ownersCollection() {
  const owner = await request.signInNewMember("USER", "owner");
  await expect(startCollection(initialFormState, formData({ title: "Night scenes", isPublic: "on" }))).rejects.toThrow(
    new Redirected(`/u/${owner.username}/collections/night-scenes`),
  );
  const collection = await db.collection.findUniqueOrThrow({ where: { ownerId_slug: { ownerId: owner.id, slug: "night-scenes" } } });
  const artwork = await createArtworkRow(owner.id, { title: "Kept" });
  await changeCollectionItem(initialFormState, formData({ collectionId: collection.id, artworkId: artwork.id, intent: "add" }));
  return { owner, collection, artwork };
}

describe("collection actions", () => {
  it("start a collection and open it, with the title's error next to it when it is empty", async () => {
    const { collection } = await ownersCollection();
    const stored = await db.collection.findUniqueOrThrow({ where: { id: collection.id } });
    expect(stored).toMatchObject({ title: "Night scenes", isPublic: true, itemCount: 1 });
    expect(await startCollection(initialFormState, formData({ title: " " }))).toMatchObject({
      status: "error",
      fieldErrors: { title: ["Give the collection a title"] },
    });
  });

  it("let no other member edit, fill, arrange or delete it, whatever the form says", async () => {
    const { collection, artwork } = await ownersCollection();
    await request.signInNewMember("USER", "intruder");
    const ids = { collectionId: collection.id, artworkId: artwork.id };
    const refusal = { status: "error", message: NOT_YOUR_COLLECTION };
    expect(await saveCollection(initialFormState, formData({ collectionId: collection.id, title: "Mine" }))).toMatchObject(refusal);
    expect(await changeCollectionItem(initialFormState, formData({ ...ids, intent: "remove" }))).toMatchObject(refusal);
    expect(await moveCollectionItem(initialFormState, formData({ ...ids, move: "top" }))).toMatchObject(refusal);
    expect(await removeCollection(initialFormState, formData({ collectionId: collection.id }))).toMatchObject(refusal);
    expect(await db.collection.findUniqueOrThrow({ where: { id: collection.id } })).toMatchObject({ title: "Night scenes", itemCount: 1 });
  });

  it("send a visitor to log in", async () => {
    request.user = null;
    await expect(startCollection(initialFormState, formData({ title: "Mine" }))).rejects.toThrow(new Redirected("/login"));
  });
});
