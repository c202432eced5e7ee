import { describe, expect, it } from "vitest";
import { ARTWORK_GONE } from "@/lib/art/refusals";
import { db } from "@/lib/db";
import { setFavourite, setFavouritesPublic } from "@/lib/favourites/favourites";
import { favouritedAmong } from "@/lib/favourites/queries";
import { LIMITS } from "@/lib/rate-limit/limits";
import { takeTurn } from "@/lib/rate-limit/rate-limiter";
import { refused } from "@/lib/result";
import { bareArtwork } from "@/lib/testing/artworks";
import { atOnce } from "@/lib/testing/concurrency";
import { createTestUser } from "@/lib/testing/factories";

const countOf = async (artworkId: string) =>
  (await db.artwork.findUniqueOrThrow({ where: { id: artworkId }, select: { favouriteCount: true } })).favouriteCount;

describe("favourites", () => {
  it("adds and removes a favourite, the artwork's count following", async () => {
    const [artist, fan, other] = [await createTestUser(), await createTestUser("fan"), await createTestUser("other")];
    const artwork = await bareArtwork(artist.id, "Night Market");
    expect(await setFavourite(fan.id, artwork.id, true)).toEqual({ ok: true, value: { favourited: true, count: 1 } });
    expect(await setFavourite(other.id, artwork.id, true)).toEqual({ ok: true, value: { favourited: true, count: 2 } });
    expect([await countOf(artwork.id), (await favouritedAmong(fan.id, [artwork.id])).has(artwork.id)]).toEqual([2, true]);
    expect(await setFavourite(fan.id, artwork.id, false)).toEqual({ ok: true, value: { favourited: false, count: 1 } });
    expect([await countOf(artwork.id), (await favouritedAmong(fan.id, [artwork.id])).has(artwork.id)]).toEqual([1, false]);
  });

  it("takes asking twice for the same thing as done, never counting twice", async () => {
    const [artist, fan] = [await createTestUser(), await createTestUser("fan")];
    const artwork = await bareArtwork(artist.id, "Twice");
    expect((await setFavourite(fan.id, artwork.id, true)).ok).toBe(true);
    expect(await setFavourite(fan.id, artwork.id, true)).toEqual({ ok: true, value: { favourited: true, count: 1 } });
    expect((await setFavourite(fan.id, artwork.id, false)).ok).toBe(true);
    expect(await setFavourite(fan.id, artwork.id, false)).toEqual({ ok: true, value: { favourited: false, count: 0 } });
  });

  it("keeps one favourite and a count of one when the same member sends it from several tabs at once", async () => {
    const [artist, fan] = [await createTestUser(), await createTestUser("fan")];
    const artwork = await bareArtwork(artist.id, "Raced");
    const results = await atOnce(8, () => setFavourite(fan.id, artwork.id, true));
    expect(results.every((result) => result.ok)).toBe(true);
    expect(await db.favourite.count({ where: { artworkId: artwork.id } })).toBe(1);
    expect(await countOf(artwork.id)).toBe(1);
    await atOnce(8, () => setFavourite(fan.id, artwork.id, false));
    expect(await countOf(artwork.id)).toBe(0);
  });

  it("counts many members favouriting at once exactly", async () => {
    const artist = await createTestUser();
    const artwork = await bareArtwork(artist.id, "Popular");
    const fans = await Promise.all(Array.from({ length: 6 }, () => createTestUser("fan")));
    await atOnce(fans.length, (index) => setFavourite(fans[index].id, artwork.id, true));
    expect(await countOf(artwork.id)).toBe(fans.length);
  });

  it("refuses hidden or missing artwork as not found", async () => {
    const [artist, fan] = [await createTestUser(), await createTestUser("fan")];
    const hidden = await bareArtwork(artist.id, "Hidden", new Date());
    expect(await setFavourite(fan.id, hidden.id, true)).toEqual(refused(ARTWORK_GONE));
    expect(await setFavourite(fan.id, "nosuchartwork1", true)).toEqual(refused(ARTWORK_GONE));
    expect(await db.favourite.count({ where: { artworkId: hidden.id } })).toBe(0);
  });

  it("limits how often a member changes favourites, storing nothing past it", async () => {
    const [artist, fan] = [await createTestUser(), await createTestUser("fan")];
    const artwork = await bareArtwork(artist.id, "Limited");
    for (let i = 0; i < LIMITS.favourite.max; i++) await takeTurn({ limit: LIMITS.favourite, subject: fan.id });
    const answer = await setFavourite(fan.id, artwork.id, true);
    expect(answer.ok).toBe(false);
    if (!answer.ok) expect(answer.message).toMatch(/^You can change 120 favourites an hour\. Try again in/);
    expect(await countOf(artwork.id)).toBe(0);
  });

  it("changes only the member's own favourites", async () => {
    const [artist, fan, other] = [await createTestUser(), await createTestUser("fan"), await createTestUser("other")];
    const artwork = await bareArtwork(artist.id, "Theirs");
    await setFavourite(other.id, artwork.id, true);
    await setFavourite(fan.id, artwork.id, false);
    expect(await favouritedAmong(other.id, [artwork.id])).toEqual(new Set([artwork.id]));
  });

  it("tells a grid which of its cards the member favourited", async () => {
    const [artist, fan] = [await createTestUser(), await createTestUser("fan")];
    const [first, second, third] = await Promise.all(["A", "B", "C"].map((title) => bareArtwork(artist.id, title)));
    await setFavourite(fan.id, first.id, true);
    await setFavourite(fan.id, third.id, true);
    expect(await favouritedAmong(fan.id, [first.id, second.id, third.id])).toEqual(new Set([first.id, third.id]));
    expect(await favouritedAmong(undefined, [first.id])).toEqual(new Set());
  });

  it("sets whether the member's favourites are public, for that member alone", async () => {
    const [owner, other] = [await createTestUser(), await createTestUser("other")];
    expect((await setFavouritesPublic(owner.id, false)).ok).toBe(true);
    const publicOf = async (id: string) =>
      (await db.user.findUniqueOrThrow({ where: { id }, select: { favouritesPublic: true } })).favouritesPublic;
    expect(await publicOf(owner.id)).toBe(false);
    expect(await publicOf(other.id)).toBe(true);
  });
});
