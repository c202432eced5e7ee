import { beforeEach, describe, expect, it } from "vitest";
import { deleteArtwork } from "@/lib/art/manage";
import { mediaUrl } from "@/lib/art/media-url";
import type { SessionUser } from "@/lib/auth/session";
import { deleteArtworkAsAdmin, hideArtwork, unhideArtwork } from "@/lib/moderation/artwork/commands";
import { done } from "@/lib/result";
import { artworkFileKeys, createTestArtwork, storedKeys } from "@/lib/testing/artworks";
import { createTestAdmin, createTestUser } from "@/lib/testing/factories";
import type { TestRequest } from "@/lib/testing/request-context";
import { GET } from "./route";

/**
 * What a browser sees of an artwork's files through upload, hiding,
 * unhiding, deletion and resumed downloads; run on local disk
 * (route.test.ts) and on S3 (route-s3.test.ts).
 */
export function mediaRouteCases(request: TestRequest) {
  beforeEach(() => {
    request.user = null;
  });

  const PUBLIC_CACHE = "public, max-age=31536000, immutable";
  const PRIVATE_CACHE = "private, no-store";

  /** A browser's request for the file at `url` (/media/…), as `viewer` (null: a visitor). */
  async function load(url: string, viewer: SessionUser | null, headers: Record<string, string> = {}) {
    request.user = viewer;
    const key = url.slice(mediaUrl("").length).split("/");
    const response = await GET(new Request(`http://localhost:3000${url}`, { headers }), { params: Promise.resolve({ key }) });
    return {
      status: response.status,
      cache: response.headers.get("cache-control"),
      etag: response.headers.get("etag"),
      contentRange: response.headers.get("content-range"),
      length: response.headers.get("content-length"),
      bytes: Buffer.from(await response.arrayBuffer()),
    };
  }

  const urlsOf = async (artworkId: string) => (await artworkFileKeys(artworkId)).map(mediaUrl);

  async function people() {
    const [artist, member, admin] = [await createTestUser("artist"), await createTestUser("member"), await createTestAdmin()];
    const asViewer = (user: { id: string; username: string }, role: "USER" | "ADMIN"): SessionUser => ({ ...user, role, theme: "SYSTEM" });
    return { artist, admin, owner: asViewer(artist, "USER"), member: asViewer(member, "USER"), moderator: asViewer(admin, "ADMIN") };
  }

  describe("a hidden artwork's files", () => {
    it("stop answering at their public URLs at once, even to a cache revalidating its copy", async () => {
      const { artist, admin, owner } = await people();
      const artwork = await createTestArtwork(artist.id, "Taken down");
      const publicUrls = await urlsOf(artwork.id);
      const before = await Promise.all(publicUrls.map((url) => load(url, null)));
      expect(before.map(({ status, cache }) => ({ status, cache }))).toEqual(publicUrls.map(() => ({ status: 200, cache: PUBLIC_CACHE })));

      expect(await hideArtwork(admin, { artworkId: artwork.id, reason: "Stolen" })).toMatchObject({ ok: true });

      for (const [index, url] of publicUrls.entries()) {
        expect([url, (await load(url, null)).status]).toEqual([url, 404]);
        expect([url, (await load(url, null, { "If-None-Match": before[index].etag! })).status]).toEqual([url, 404]);
        expect([url, (await load(url, owner)).status]).toEqual([url, 404]);
      }
      expect(await storedKeys(publicUrls.map((url) => url.slice(mediaUrl("").length)))).toEqual([]);
    });

    it("load at new private URLs for the owner and admins only, and never with a public cache", async () => {
      const { artist, admin, owner, member, moderator } = await people();
      const artwork = await createTestArtwork(artist.id, "Under review");
      const publicUrls = await urlsOf(artwork.id);
      const contents = await Promise.all(publicUrls.map(async (url) => (await load(url, null)).bytes));

      await hideArtwork(admin, { artworkId: artwork.id, reason: "Looks traced" });

      const privateUrls = await urlsOf(artwork.id);
      expect(privateUrls).toHaveLength(publicUrls.length);
      for (const url of privateUrls) expect(url).toMatch(/^\/media\/private\/art\/[0-9a-f]{24}\//);
      expect(privateUrls.filter((url) => url.includes(artwork.mediaKey))).toEqual([]);
      for (const viewer of [owner, moderator]) {
        const answers = await Promise.all(privateUrls.map((url) => load(url, viewer)));
        expect(answers.map(({ status, cache, etag, bytes }) => ({ status, cache, etag, bytes }))).toEqual(
          contents.map((bytes) => ({ status: 200, cache: PRIVATE_CACHE, etag: null, bytes })),
        );
      }
      for (const viewer of [member, null]) {
        const answers = await Promise.all(privateUrls.map((url) => load(url, viewer)));
        expect(answers.map(({ status, cache }) => ({ status, cache }))).toEqual(
          privateUrls.map(() => ({ status: 404, cache: PRIVATE_CACHE })),
        );
      }
    });

    it("move to new public URLs when it is unhidden; the private ones then answer nobody", async () => {
      const { artist, admin, owner, moderator } = await people();
      const artwork = await createTestArtwork(artist.id, "Cleared");
      const firstUrls = await urlsOf(artwork.id);
      await hideArtwork(admin, { artworkId: artwork.id, reason: "Reported" });
      const privateUrls = await urlsOf(artwork.id);

      expect(await unhideArtwork(admin, { artworkId: artwork.id, reason: "It is theirs" })).toMatchObject({ ok: true });

      const publicUrls = await urlsOf(artwork.id);
      for (const url of publicUrls) expect(url).toMatch(/^\/media\/art\/[0-9a-f]{24}\//);
      expect(publicUrls.filter((url) => firstUrls.includes(url) || privateUrls.includes(url))).toEqual([]);
      for (const url of publicUrls) expect(await load(url, null)).toMatchObject({ status: 200, cache: PUBLIC_CACHE });
      for (const url of [...privateUrls, ...firstUrls]) {
        for (const viewer of [owner, moderator]) expect([url, (await load(url, viewer)).status]).toEqual([url, 404]);
      }
    });

    it("go with the artwork when it is deleted, by an admin or by its owner", async () => {
      const { artist, admin } = await people();
      const [first, second] = [
        await createTestArtwork(artist.id, "Removed by a moderator"),
        await createTestArtwork(artist.id, "Removed by its owner"),
      ];
      await hideArtwork(admin, { artworkId: first.id, reason: "Spam" });
      await hideArtwork(admin, { artworkId: second.id, reason: "Spam" });
      const privateKeys = [...(await artworkFileKeys(first.id)), ...(await artworkFileKeys(second.id))];
      expect(await storedKeys(privateKeys)).toEqual(privateKeys);

      await deleteArtworkAsAdmin(admin, { artworkId: first.id, reason: "Spam" });
      expect(await deleteArtwork(second.id, artist.id)).toEqual(done());

      expect(await storedKeys(privateKeys)).toEqual([]);
    });
  });

  describe("media keys", () => {
    it("that name no file, or a file of no artwork, answer 404 to anyone", async () => {
      const { moderator } = await people();
      expect((await load("/media/art/0123456789abcdef01234567/full-10x10.png", null)).status).toBe(404);
      expect(await load("/media/private/art/0123456789abcdef01234567/full-10x10.png", moderator)).toMatchObject({
        status: 404,
        cache: PRIVATE_CACHE,
      });
      expect((await load("/media/art/../../etc/passwd.png", moderator)).status).toBe(404);
    });
  });

  describe("a resumed download (a Range request)", () => {
    it("gets the bytes it asks for, in each of HTTP's forms, with the file's full length; a range past the end gets 416", async () => {
      const { artist } = await people();
      const [url] = await urlsOf((await createTestArtwork(artist.id, "Large print")).id);
      const whole = (await load(url, null)).bytes;
      const size = whole.length;

      const asked: [string, number, number][] = [
        ["bytes=0-9", 0, 9],
        [`bytes=${size - 5}-`, size - 5, size - 1],
        ["bytes=-7", size - 7, size - 1],
        [`bytes=10-${size + 100}`, 10, size - 1],
      ];
      for (const [range, start, end] of asked) {
        expect(await load(url, null, { Range: range })).toMatchObject({
          status: 206,
          cache: PUBLIC_CACHE,
          contentRange: `bytes ${start}-${end}/${size}`,
          length: String(end - start + 1),
          bytes: whole.subarray(start, end + 1),
        });
      }
      expect(await load(url, null, { Range: `bytes=${size}-` })).toMatchObject({ status: 416, contentRange: `bytes */${size}` });
      expect(await load(url, null, { Range: "bytes=0-1,5-9" })).toMatchObject({ status: 200, bytes: whole });
    });

    it("gets the whole file when If-Range names another version, and the range when it names this one", async () => {
      const { artist } = await people();
      const [url] = await urlsOf((await createTestArtwork(artist.id, "Revised")).id);
      const { etag, bytes } = await load(url, null);

      expect(await load(url, null, { Range: "bytes=0-3", "If-Range": '"another"' })).toMatchObject({ status: 200, bytes });
      expect(await load(url, null, { Range: "bytes=0-3", "If-Range": etag! })).toMatchObject({ status: 206, bytes: bytes.subarray(0, 4) });
    });

    it("of a hidden artwork's file works for its owner only, still kept out of shared caches", async () => {
      const { artist, admin, owner, member } = await people();
      const artwork = await createTestArtwork(artist.id, "Hidden but resumable");
      await hideArtwork(admin, { artworkId: artwork.id, reason: "Spam" });
      const [url] = await urlsOf(artwork.id);
      const whole = (await load(url, owner)).bytes;

      expect(await load(url, owner, { Range: "bytes=2-5" })).toMatchObject({
        status: 206,
        cache: PRIVATE_CACHE,
        bytes: whole.subarray(2, 6),
      });
      expect(await load(url, member, { Range: "bytes=2-5" })).toMatchObject({ status: 404, cache: PRIVATE_CACHE });
    });
  });
}
