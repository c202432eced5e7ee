import { describe, expect, it } from "vitest";
import { GALLERY_PAGE_SIZE, getArtwork, listArtworks, listOwnArtworks } from "@/lib/art/queries";
import { addComment } from "@/lib/comments/comments";
import { db } from "@/lib/db";
import { recordStatements } from "@/lib/database/statement-log";
import { createArtworkRow, createTestArtwork } from "@/lib/testing/artworks";
import { createTestUser } from "@/lib/testing/factories";
import { getProfile } from "@/lib/users/profiles";

async function seedArtworks(authorId: string, count: number, start: Date) {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    ids.push((await createArtworkRow(authorId, { title: `Piece ${i}`, createdAt: new Date(start.getTime() + i * 1000) })).id);
  }
  return ids;
}

describe("gallery listing", () => {
  it("pages an artist's work newest first, with their comment counts", async () => {
    const artist = await createTestUser();
    const ids = await seedArtworks(artist.id, GALLERY_PAGE_SIZE + 2, new Date("2026-03-01T00:00:00Z"));
    const newest = ids.at(-1)!;
    await addComment(newest, artist.id, "one");
    await addComment(newest, artist.id, "two");

    const first = await listArtworks({ page: 1, authorId: artist.id });
    expect(first.total).toBe(GALLERY_PAGE_SIZE + 2);
    expect(first.pageCount).toBe(2);
    expect(first.items.map((item) => item.id)).toEqual(ids.slice(-GALLERY_PAGE_SIZE).reverse());
    expect(first.items[0].commentCount).toBe(2);
    expect(first.items[1].commentCount).toBe(0);
    expect(first.items[0].thumbnail.fallback.url).toMatch(/^\/media\/rows-only\/[0-9a-f]+\/thumb-480x270\.webp$/);

    const second = await listArtworks({ page: 2, authorId: artist.id });
    expect(second.items.map((item) => item.id)).toEqual(ids.slice(0, 2).reverse());
  });
});

const hide = (artworkId: string, reason: string) =>
  db.artwork.update({ where: { id: artworkId }, data: { hiddenAt: new Date(), hiddenReason: reason } });

describe("artwork moderators hid", () => {
  it("leaves the galleries and the public count, and stays in the artist's own gallery marked with the reason", async () => {
    const artist = await createTestUser();
    const [older, newer] = await seedArtworks(artist.id, 2, new Date("2026-04-01T00:00:00Z"));
    await hide(newer, "Spam");

    const everyone = await listArtworks({ page: 1, authorId: artist.id });
    expect(everyone.items.map((item) => item.id)).toEqual([older]);
    expect(everyone.total).toBe(1);
    expect((await getProfile(artist.username))?.artworkCount).toBe(1);

    const own = await listArtworks({ page: 1, authorId: artist.id, includeHidden: true });
    expect(own.items.map((item) => [item.id, item.hidden])).toEqual([
      [newer, { reason: "Spam" }],
      [older, null],
    ]);
    expect((await listOwnArtworks(artist.id, 1)).items.map((item) => [item.id, item.hidden])).toEqual([
      [newer, { reason: "Spam" }],
      [older, null],
    ]);
  });

  it("opens only for its owner and admins, who see why it is hidden", async () => {
    const [artist, member] = [await createTestUser("artist"), await createTestUser("member")];
    const artwork = await createTestArtwork(artist.id, "Out of sight");
    await hide(artwork.id, "Stolen from another artist");
    const admin = { id: (await createTestUser("admin")).id, role: "ADMIN" as const };

    expect(await getArtwork(artwork.id, null)).toBeNull();
    expect(await getArtwork(artwork.id, { id: member.id, role: "USER" })).toBeNull();
    expect(await getArtwork(artwork.id, { id: artist.id, role: "USER" })).toMatchObject({
      title: "Out of sight",
      hidden: { reason: "Stolen from another artist" },
    });
    expect(await getArtwork(artwork.id, admin)).toMatchObject({ hidden: { reason: "Stolen from another artist" } });

    await db.artwork.update({ where: { id: artwork.id }, data: { hiddenAt: null, hiddenReason: null } });
    expect(await getArtwork(artwork.id, null)).toMatchObject({ title: "Out of sight", hidden: null });
  });
});

describe("an artwork's page", () => {
  it("reads the artwork, its artist and its display and full-size files in one statement", async () => {
    const artist = await createTestUser("detail");
    const artwork = await createTestArtwork(artist.id, "In one read");

    const { result, statements } = await recordStatements(() => getArtwork(artwork.id, null));
    expect(statements).toHaveLength(1);
    expect(result).toMatchObject({ title: "In one read", author: { username: artist.username }, favouriteCount: 0, hidden: null });
    expect(result!.display.webp.length).toBeGreaterThan(0);
    expect(result!.fullSize.url).toMatch(/\/full-320x180\.(jpg|png|webp)$/);
    expect(result!.createdAt).toBeInstanceOf(Date);
  });
});
