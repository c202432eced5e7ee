import { afterEach, describe, expect, it, vi } from "vitest";
import { artworkFolder, isPrivateMediaKey } from "@/lib/art/media-keys";
import { attachLaterVariants } from "@/lib/art/later-variants";
import { db } from "@/lib/db";
import { hideArtwork, unhideArtwork } from "@/lib/moderation/artwork/commands";
import { storage } from "@/lib/storage";
import { artworkFileKeys, createTestArtwork, storedKeys } from "@/lib/testing/artworks";
import { createTestAdmin, createTestUser } from "@/lib/testing/factories";

/**
 * Hiding and unhiding move every file of an artwork to new keys; these are
 * the ways that can go wrong part-way. Run on local disk (media-move.test.ts)
 * and on S3 (media-move-s3.test.ts): the storage is whichever lib/storage picked.
 */
export function mediaMoveCases() {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  /**
   * What a moderator or the owner would notice: hidden or not, its files'
   * keys, which of them have a file, and whether all sit in its one current folder.
   */
  async function stateOf(artworkId: string) {
    const artwork = await db.artwork.findUniqueOrThrow({ where: { id: artworkId }, select: { hiddenAt: true, mediaKey: true } });
    const keys = await artworkFileKeys(artworkId);
    const hidden = artwork.hiddenAt !== null;
    const oneFolder = keys.every((key) => key.startsWith(`${artworkFolder(artwork.mediaKey, hidden)}/`));
    return { hidden, keys, present: await storedKeys(keys), oneFolder };
  }

  /**
   * Records the keys copied to, so a test can check none was left behind;
   * `beforeCopy` runs first with the number of copies made so far (to fail,
   * or to let something else happen in between).
   */
  function watchCopies(beforeCopy: (made: number) => Promise<void> = async () => undefined): string[] {
    const copied: string[] = [];
    const copy = storage.copy.bind(storage);
    vi.spyOn(storage, "copy").mockImplementation(async (from, to) => {
      await beforeCopy(copied.length);
      await copy(from, to);
      copied.push(to);
    });
    return copied;
  }

  async function artistAndAdmin() {
    return { artist: await createTestUser("artist"), admin: await createTestAdmin() };
  }

  describe("hiding when storage or the database fails part-way", () => {
    it("a copy that fails leaves the artwork visible with every file at its old key, and no copy behind", async () => {
      const { artist, admin } = await artistAndAdmin();
      const artwork = await createTestArtwork(artist.id, "Stays up");
      const before = await stateOf(artwork.id);
      const copied = watchCopies(async (made) => {
        if (made === 1) throw Object.assign(new Error("ENOSPC: no space left on device"), { code: "ENOSPC" });
      });
      vi.spyOn(console, "error").mockImplementation(() => undefined);

      expect(await hideArtwork(admin, { artworkId: artwork.id, reason: "Spam" })).toEqual({
        ok: false,
        message: "The artwork's files could not be moved, so nothing changed. Try again in a moment.",
      });

      expect(await stateOf(artwork.id)).toEqual(before);
      expect(before.present).toEqual(before.keys);
      expect(copied).toHaveLength(1);
      expect(await storedKeys(copied)).toEqual([]);
      expect(await db.auditEntry.count({ where: { targetId: artwork.id } })).toBe(0);
    });

    it("a transaction that fails after the copies (the admin lost the role) removes them and changes nothing", async () => {
      const { artist, admin } = await artistAndAdmin();
      const artwork = await createTestArtwork(artist.id, "Still public");
      const before = await stateOf(artwork.id);
      await db.user.update({ where: { id: admin.id }, data: { role: "USER" } });
      const copied = watchCopies();

      expect(await hideArtwork(admin, { artworkId: artwork.id, reason: "Spam" })).toEqual({
        ok: false,
        message: "Only admins can do this.",
      });

      expect(await stateOf(artwork.id)).toEqual(before);
      expect(copied).toHaveLength(before.keys.length);
      expect(await storedKeys(copied)).toEqual([]);
    });

    it("old files that cannot be deleted after the commit are logged as still served; the artwork is hidden with all its files", async () => {
      const { artist, admin } = await artistAndAdmin();
      const artwork = await createTestArtwork(artist.id, "Half cleaned");
      const oldKeys = await artworkFileKeys(artwork.id);
      vi.spyOn(storage, "delete").mockRejectedValue(new Error("EACCES: permission denied"));
      const log = vi.spyOn(console, "error").mockImplementation(() => undefined);

      expect(await hideArtwork(admin, { artworkId: artwork.id, reason: "Spam" })).toMatchObject({ ok: true });

      const after = await stateOf(artwork.id);
      expect(after).toMatchObject({ hidden: true, present: after.keys, oneFolder: true });
      expect(after.keys.every(isPrivateMediaKey)).toBe(true);
      // The owner's live notification may be logged as unsent too (no realtime server here): only the media lines count.
      const mediaLines = log.mock.calls.filter(([line]) => String(line).startsWith("[media]"));
      expect(mediaLines).toHaveLength(oldKeys.length);
      expect(log).toHaveBeenCalledWith(
        "[media] could not delete a file: a hidden artwork's old file is still served until it is deleted",
        expect.any(Error),
      );
      vi.mocked(storage.delete).mockRestore();
      for (const key of oldKeys) await storage.delete(key);
    });
  });

  describe("late AVIF variants of an artwork hidden right after upload", () => {
    async function uploadWithoutAvif(title: string) {
      const { artist, admin } = await artistAndAdmin();
      // Its job is never run by a worker here: each test runs its work at the moment it needs.
      const artwork = await createTestArtwork(artist.id, title);
      return { admin, artwork, publicKeys: await artworkFileKeys(artwork.id) };
    }

    /** Every file private, AVIF among them, each one on disk; nothing left in the public folder. */
    async function expectAllPrivate(artworkId: string, publicKeys: string[]) {
      const state = await stateOf(artworkId);
      const formats = await db.artworkVariant.findMany({ where: { artworkId }, select: { format: true } });
      expect(formats.map((variant) => variant.format)).toContain("avif");
      expect(state).toMatchObject({ hidden: true, present: state.keys, oneFolder: true });
      expect(state.keys.filter((key) => !isPrivateMediaKey(key))).toEqual([]);
      expect(await storedKeys(publicKeys)).toEqual([]);
    }

    /** The AVIF keys the deferred step would have written in the public folder. */
    const publicAvifKeys = (publicKeys: string[]) => publicKeys.map((key) => key.replace(/\.webp$/, ".avif"));

    it("land in the private folder when they finish after the hide", async () => {
      const { admin, artwork, publicKeys } = await uploadWithoutAvif("Hidden in a second");
      await hideArtwork(admin, { artworkId: artwork.id, reason: "Spam" });

      await attachLaterVariants({ artworkId: artwork.id });

      await expectAllPrivate(artwork.id, [...publicKeys, ...publicAvifKeys(publicKeys)]);
    });

    it("are moved too when they are attached while the hide copies the files", async () => {
      const { admin, artwork, publicKeys } = await uploadWithoutAvif("Hidden mid-encode");
      watchCopies(async (made) => {
        if (made === 0) await attachLaterVariants({ artworkId: artwork.id });
      });

      expect(await hideArtwork(admin, { artworkId: artwork.id, reason: "Spam" })).toMatchObject({ ok: true });

      await expectAllPrivate(artwork.id, [...publicKeys, ...publicAvifKeys(publicKeys)]);
    });

    it("follow the files when the hide commits while they are being stored in the old folder", async () => {
      const { admin, artwork, publicKeys } = await uploadWithoutAvif("Hidden mid-store");
      const put = storage.put.bind(storage);
      let hidden = false;
      vi.spyOn(storage, "put").mockImplementation(async (key, data) => {
        if (!hidden) {
          hidden = true;
          await hideArtwork(admin, { artworkId: artwork.id, reason: "Spam" });
        }
        await put(key, data);
      });

      await attachLaterVariants({ artworkId: artwork.id });

      expect(hidden).toBe(true);
      await expectAllPrivate(artwork.id, [...publicKeys, ...publicAvifKeys(publicKeys)]);
    });

    it("follow the files back to a public folder when the artwork is unhidden", async () => {
      const { admin, artwork } = await uploadWithoutAvif("Back before its AVIF");
      await hideArtwork(admin, { artworkId: artwork.id, reason: "Spam" });
      await unhideArtwork(admin, { artworkId: artwork.id });

      await attachLaterVariants({ artworkId: artwork.id });

      const state = await stateOf(artwork.id);
      expect(state).toMatchObject({ hidden: false, present: state.keys, oneFolder: true });
      expect(state.keys.filter(isPrivateMediaKey)).toEqual([]);
      expect(state.keys.filter((key) => key.endsWith(".avif")).length).toBeGreaterThan(0);
    });
  });
}
