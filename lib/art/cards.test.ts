import { describe, expect, it } from "vitest";
import { artworkCards } from "@/lib/art/cards";
import { addComment } from "@/lib/comments/comments";
import { db } from "@/lib/db";
import { recordStatements } from "@/lib/database/statement-log";
import { createArtworkRow } from "@/lib/testing/artworks";
import { createTestUser } from "@/lib/testing/factories";

async function threeArtworks() {
  const artist = await createTestUser("carded");
  await db.user.update({ where: { id: artist.id }, data: { displayName: "Card Artist" } });
  const rows = [];
  for (const title of ["First", "Second", "Third"]) rows.push(await createArtworkRow(artist.id, { title }));
  return { artist, ids: rows.map((row) => row.id) };
}

describe("artworkCards", () => {
  it("reads a page of cards in one statement, in the order of the ids, with authors, thumbnails and comment counts", async () => {
    const { artist, ids } = await threeArtworks();
    await db.artworkVariant.create({
      data: { artworkId: ids[1], kind: "THUMB", format: "avif", width: 480, height: 270, bytes: 1, key: `rows-only/${ids[1]}/thumb.avif` },
    });
    await addComment(ids[1], artist.id, "one");
    await addComment(ids[1], artist.id, "two");
    const order = [ids[1], ids[2], ids[0]];

    const { result: cards, statements } = await recordStatements(() => artworkCards(order));

    expect(statements).toHaveLength(1);
    expect(cards.map((card) => [card.title, card.commentCount])).toEqual([
      ["Second", 2],
      ["Third", 0],
      ["First", 0],
    ]);
    expect(cards[0].author).toMatchObject({ username: artist.username, name: "Card Artist", avatar: null });
    expect(cards[0].thumbnail.avif.map((source) => source.url)).toEqual([`/media/rows-only/${ids[1]}/thumb.avif`]);
    expect(cards[0].thumbnail.webp).toHaveLength(1);
    expect(cards[1].thumbnail.avif).toEqual([]);
    expect(cards[0].placeholderUrl).toMatch(/^data:image\/png;base64,/);
  });

  it("leaves out hidden artwork unless asked for the owner's view, which shows the reason", async () => {
    const { ids } = await threeArtworks();
    await db.artwork.update({ where: { id: ids[0] }, data: { hiddenAt: new Date(), hiddenReason: "Spam" } });
    await db.artwork.update({ where: { id: ids[1] }, data: { hiddenAt: new Date(), hiddenReason: null } });

    expect((await artworkCards(ids)).map((card) => card.title)).toEqual(["Third"]);
    expect((await artworkCards(ids, { includeHidden: true })).map((card) => card.hidden)).toEqual([
      { reason: "Spam" },
      { reason: "" },
      null,
    ]);
  });

  it("skips ids that are gone and reads nothing for none", async () => {
    const { ids } = await threeArtworks();
    await db.artwork.delete({ where: { id: ids[2] } });

    expect((await artworkCards([ids[2], ids[0]])).map((card) => card.title)).toEqual(["First"]);
    const { result, statements } = await recordStatements(() => artworkCards([]));
    expect(result).toEqual([]);
    expect(statements).toHaveLength(0);
  });
});
