import { describe, expect, it, vi } from "vitest";
import { artworkFolder, isPrivateMediaKey } from "@/lib/art/media-keys";
import { makeHiddenArtworkMediaPrivate } from "@/lib/art/media-move";
import { db } from "@/lib/db";
import { artworkFileKeys, createTestArtwork, storedKeys } from "@/lib/testing/artworks";
import { createTestUser } from "@/lib/testing/factories";

// The repair goes over every hidden artwork there is: in the shared database it would move other
// test files' files under their feet. Its own snapshot without artwork, and its own media folder.
vi.mock("@/lib/db", async () => ({ db: await (await import("@/lib/testing/private-database")).privateDatabaseWithoutArtwork() }));
vi.mock("@/lib/env", async (original) =>
  (await import("@/lib/testing/private-media")).withOwnMediaFolder(await original(), "media-repair"),
);

describe("artwork hidden before hiding moved files", () => {
  it("gets private files when the server starts; visible artwork keeps its own", async () => {
    const artist = await createTestUser("artist");
    const [hidden, visible] = [await createTestArtwork(artist.id, "Hidden long ago"), await createTestArtwork(artist.id, "Never hidden")];
    await db.artwork.update({ where: { id: hidden.id }, data: { hiddenAt: new Date(), hiddenReason: "Spam" } });
    const [oldKeys, visibleKeys] = [await artworkFileKeys(hidden.id), await artworkFileKeys(visible.id)];

    expect(await makeHiddenArtworkMediaPrivate()).toBe(1);

    const { mediaKey } = await db.artwork.findUniqueOrThrow({ where: { id: hidden.id }, select: { mediaKey: true } });
    const keys = await artworkFileKeys(hidden.id);
    expect(keys.every((key) => isPrivateMediaKey(key) && key.startsWith(`${artworkFolder(mediaKey, true)}/`))).toBe(true);
    expect(await storedKeys(keys)).toEqual(keys);
    expect(await storedKeys(oldKeys)).toEqual([]);
    expect(await artworkFileKeys(visible.id)).toEqual(visibleKeys);
    expect(await storedKeys(visibleKeys)).toEqual(visibleKeys);
    expect(await makeHiddenArtworkMediaPrivate()).toBe(0);
  });
});
