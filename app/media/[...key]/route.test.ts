import { beforeEach, describe, expect, it, vi } from "vitest";
import { deleteArtwork } from "@/lib/art/manage";
import { mediaUrl } from "@/lib/art/media-url";
import type { SessionUser } from "@/lib/auth/session";
import { deleteArtworkAsAdmin, hideArtwork, unhideArtwork } from "@/lib/moderation/artwork/commands";
import { done } from "@/lib/result";
import { artworkFileKeys, createTestArtwork, filesOnDisk } from "@/lib/testing/artworks";
import { createTestAdmin, createTestUser } from "@/lib/testing/factories";
import { GET } from "./route";

const request = await vi.hoisted(async () => (await import("@/lib/testing/request-context")).mockRequestContext());

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
    expect((await filesOnDisk()).filter((file) => file.includes(artwork.mediaKey))).toEqual([]);
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
    expect((await filesOnDisk("private")).filter((file) => privateKeys.includes(file))).toHaveLength(privateKeys.length);

    await deleteArtworkAsAdmin(admin, { artworkId: first.id, reason: "Spam" });
    expect(await deleteArtwork(second.id, artist.id)).toEqual(done());

    expect((await filesOnDisk("private")).filter((file) => privateKeys.includes(file))).toEqual([]);
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
