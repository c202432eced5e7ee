import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { searchArtists } from "@/lib/search/artists";
import { searchArtworks } from "@/lib/search/artworks";
import { searchText } from "@/lib/search/schemas";
import { createArtworkRow } from "@/lib/testing/artworks";
import { createTestUser, uniqueUsername } from "@/lib/testing/factories";
import { QUERY_SYNTAX_CHARACTERS } from "@/lib/testing/query-syntax";

// The index (prisma/migrations/*_search) and its queries, on both databases.
// Test files share one database: each test's artwork carries its own made-up
// word, and searches include it.

/** A word no other artwork holds: letters only, so it is one token everywhere. */
const uniqueWord = () => `zq${[...randomBytes(6)].map((byte) => String.fromCharCode(97 + (byte % 26))).join("")}`;

/** Cards need a thumbnail: rows with one, no files. */
const bareArtwork = (authorId: string, title: string, hiddenAt: Date | null = null) => createArtworkRow(authorId, { title, hiddenAt });

async function titles(query: string, viewerId?: string): Promise<string[]> {
  const result = await searchArtworks({ query, viewerId });
  if (!result.ok) throw new Error(result.message);
  return result.value.items.map((card) => card.title);
}

async function tag(artworkId: string, name: string, position = 0) {
  const created = await db.tag.upsert({ where: { name }, create: { name }, update: {}, select: { id: true } });
  // Raw, as the tags feature may write them: the index must follow any insert.
  await db.$executeRaw`INSERT INTO "ArtworkTag" ("artworkId", "tagId", "position", "createdAt", "topScore", "ratingCount", "hotScore", "favouriteCount", "hiddenAt")
    SELECT "id", ${created.id}, ${position}, "createdAt", "topScore", "ratingCount", "hotScore", "favouriteCount", "hiddenAt" FROM "Artwork" WHERE "id" = ${artworkId}`;
  return created.id;
}

describe("matching", () => {
  it("finds words by their start, in the title, tags, description and artist's names", async () => {
    const word = uniqueWord();
    const artist = await createTestUser("painter");
    await bareArtwork(artist.id, `Watercolour ${word}`);
    const described = await createArtworkRow(artist.id, { title: `Harbour ${word}`, description: "Sunset over the docks" });
    const tagged = await bareArtwork(artist.id, `Untitled ${word}`);
    await tag(tagged.id, `${word}-lighthouse`);
    expect(await titles(`water ${word}`)).toEqual([`Watercolour ${word}`]);
    expect(await titles(`${word} sunse`)).toEqual([described.title]);
    expect(await titles(`lighth ${word.slice(0, 6)}`)).toContain(`Untitled ${word}`);
    expect(await titles(`${artist.username} ${word}`)).toHaveLength(3);
  });

  it("ignores accents both ways and case", async () => {
    const word = uniqueWord();
    const artist = await createTestUser("accents");
    await bareArtwork(artist.id, `Café ${word}`);
    await bareArtwork(artist.id, `Cafe ${word} crème`);
    expect((await titles(`cafe ${word}`)).sort()).toEqual([`Cafe ${word} crème`, `Café ${word}`]);
    expect((await titles(`CAFÉ ${word}`)).sort()).toEqual([`Cafe ${word} crème`, `Café ${word}`]);
    expect(await titles(`creme ${word}`)).toEqual([`Cafe ${word} crème`]);
  });

  it("matches a quoted phrase only as those words in that order, and leaves out -words", async () => {
    const word = uniqueWord();
    const artist = await createTestUser("phrases");
    await bareArtwork(artist.id, `Night market ${word}`);
    await bareArtwork(artist.id, `Market at night ${word}`);
    await bareArtwork(artist.id, `Night dog ${word}`);
    expect(await titles(`"night market" ${word}`)).toEqual([`Night market ${word}`]);
    expect((await titles(`night ${word} -dog`)).sort()).toEqual([`Market at night ${word}`, `Night market ${word}`]);
    expect(await titles(`night ${word} -"market at"`)).not.toContain(`Market at night ${word}`);
  });

  it("treats every query-language character as text: no error, and no match it should not make", async () => {
    const word = uniqueWord();
    const artist = await createTestUser("hostile");
    await bareArtwork(artist.id, `Plain ${word}`);
    const hostile = [...QUERY_SYNTAX_CHARACTERS, "NEAR", "AND", "OR", "NOT"];
    for (const piece of hostile) {
      for (const query of [`${word}${piece}`, `${piece}${word}`, `${word} ${piece}`, `${piece} ${word} ${piece}`]) {
        const result = await searchArtworks({ query });
        const expected = ["NEAR", "AND", "OR", "NOT"].includes(piece) ? [] : [`Plain ${word}`];
        expect(result.ok ? result.value.items.map((card) => card.title) : result.message, query).toEqual(
          piece === "-" && query.startsWith("-") ? expect.anything() : expected,
        );
      }
    }
    expect(await searchArtworks({ query: `"${word}" OR 1=1; DROP TABLE "Artwork"; --` })).toMatchObject({ ok: true });
    expect(await searchArtworks({ query: "*:^()" })).toEqual({ ok: false, message: expect.stringMatching(/punctuation/), field: "q" });
  });
});

describe("ranking", () => {
  it("puts a title match above a tag match above a description match, and the newer first on a tie", async () => {
    const word = uniqueWord();
    const artist = await createTestUser("ranking");
    const day = (n: number) => new Date(Date.UTC(2026, 0, n));
    await createArtworkRow(artist.id, { title: "Described", description: `A ${word} study`, createdAt: day(5) });
    const tagged = await createArtworkRow(artist.id, { title: "Tagged", createdAt: day(6) });
    await tag(tagged.id, word);
    await createArtworkRow(artist.id, { title: `Older ${word}`, createdAt: day(1) });
    await createArtworkRow(artist.id, { title: `Newer ${word}`, createdAt: day(2) });
    expect(await titles(word)).toEqual([`Newer ${word}`, `Older ${word}`, "Tagged", "Described"]);
  });
});

describe("what a search never lists", () => {
  it("leaves out hidden artwork and the art of members banned now, and shows it again when a ban ends", async () => {
    const word = uniqueWord();
    const [artist, banned] = await Promise.all([createTestUser("shown"), createTestUser("banned")]);
    await bareArtwork(artist.id, `Shown ${word}`);
    await bareArtwork(artist.id, `Hidden ${word}`, new Date());
    await bareArtwork(banned.id, `Banned ${word}`);
    const now = new Date();
    await db.user.update({ where: { id: banned.id }, data: { bannedAt: now, bannedUntil: null } });
    expect(await titles(word)).toEqual([`Shown ${word}`]);
    await db.user.update({ where: { id: banned.id }, data: { bannedUntil: new Date(now.getTime() + 86_400_000) } });
    expect(await titles(word)).toEqual([`Shown ${word}`]);
    await db.user.update({ where: { id: banned.id }, data: { bannedUntil: new Date(now.getTime() - 1000) } });
    expect((await titles(word)).sort()).toEqual([`Banned ${word}`, `Shown ${word}`]);
    expect((await searchArtists({ terms: searchText.parse(banned.username), now: new Date() })).map((a) => a.username)).toEqual([
      banned.username,
    ]);
  });

  it("leaves out, for a member, artwork with a tag they muted and the art of members blocked either way", async () => {
    const word = uniqueWord();
    const [viewer, artist, blocked, blocker] = await Promise.all([
      createTestUser("viewer"),
      createTestUser("artist"),
      createTestUser("blocked"),
      createTestUser("blocker"),
    ]);
    const muted = await bareArtwork(artist.id, `Muted ${word}`);
    const tagId = await tag(muted.id, uniqueUsername("gore").replace("_", "-"));
    await db.mutedTag.create({ data: { userId: viewer.id, tagId } });
    await bareArtwork(artist.id, `Fine ${word}`);
    await bareArtwork(blocked.id, `By blocked ${word}`);
    await bareArtwork(blocker.id, `By blocker ${word}`);
    await db.block.createMany({
      data: [
        { blockerId: viewer.id, blockedId: blocked.id },
        { blockerId: blocker.id, blockedId: viewer.id },
      ],
    });
    expect(await titles(word, viewer.id)).toEqual([`Fine ${word}`]);
    expect(await titles(word)).toHaveLength(4);
    const artists = await searchArtists({ terms: searchText.parse(blocked.username), viewerId: viewer.id, now: new Date() });
    expect(artists).toEqual([]);
  });
});

describe("keeping the index in step", () => {
  it("follows renames, title edits, tags added and removed, and deletion", async () => {
    const word = uniqueWord();
    const artist = await createTestUser("before");
    const artwork = await bareArtwork(artist.id, `First ${word}`);
    const newName = uniqueUsername("renamed");
    await db.user.update({ where: { id: artist.id }, data: { username: newName, usernameKey: newName, displayName: "Zoë Quill" } });
    expect(await titles(`${newName} ${word}`)).toEqual([`First ${word}`]);
    expect(await titles(`${artist.username} ${word}`)).toEqual([]);
    expect(await titles(`zoe ${word}`)).toEqual([`First ${word}`]);

    await db.artwork.update({ where: { id: artwork.id }, data: { title: `Second ${word}` } });
    expect(await titles(`second ${word}`)).toEqual([`Second ${word}`]);
    expect(await titles(`first ${word}`)).toEqual([]);

    const tagName = `${uniqueWord()}-ink`;
    const tagId = await tag(artwork.id, tagName);
    expect(await titles(tagName)).toEqual([`Second ${word}`]);
    await db.$executeRaw`DELETE FROM "ArtworkTag" WHERE "artworkId" = ${artwork.id} AND "tagId" = ${tagId}`;
    expect(await titles(tagName)).toEqual([]);

    await db.artwork.delete({ where: { id: artwork.id } });
    expect(await titles(word)).toEqual([]);
  });
});

describe("artists", () => {
  it("are found by the start of their username or display name, ignoring case and accents", async () => {
    const word = uniqueWord();
    const artist = await createTestUser(word);
    await db.user.update({ where: { id: artist.id }, data: { displayName: `Élodie ${word}` } });
    await bareArtwork(artist.id, "Anything");
    const found = async (query: string) =>
      (await searchArtists({ terms: searchText.parse(query), now: new Date() })).map((summary) => summary.username);
    expect(await found(word.slice(0, 5).toUpperCase())).toContain(artist.username);
    expect(await found(`elod ${word}`)).toEqual([artist.username]);
    expect(await found(`ÉLODIE ${word.slice(0, 4)}`)).toContain(artist.username);
  });

  it("come the most followed first, and only with art to show", async () => {
    const word = uniqueWord();
    const [prolific, followed, empty, fan] = await Promise.all(
      ["prolific", "followed", "empty", "fan"].map((name) => createTestUser(name)),
    );
    for (const artist of [prolific, followed, empty])
      await db.user.update({ where: { id: artist.id }, data: { displayName: `${word} art` } });
    for (let index = 0; index < 3; index += 1) await bareArtwork(prolific.id, `Piece ${index}`);
    await bareArtwork(followed.id, "Only piece");
    await db.follow.create({ data: { followerId: fan.id, followeeId: followed.id } });
    const found = await searchArtists({ terms: searchText.parse(word), now: new Date() });
    expect(found.map((artist) => artist.username)).toEqual([followed.username, prolific.username]);
  });
});

describe("paging", () => {
  it("pages by twelve and counts every match", async () => {
    const word = uniqueWord();
    const artist = await createTestUser("many");
    for (let index = 0; index < 14; index += 1) {
      await createArtworkRow(artist.id, { title: `Piece ${word}`, createdAt: new Date(Date.UTC(2026, 0, index + 1)) });
    }
    const second = await searchArtworks({ query: word, page: 2 });
    expect(second).toMatchObject({ ok: true, value: { page: 2, pageCount: 2, total: 14, more: false } });
    expect(second.ok && second.value.items).toHaveLength(2);
    // A page past the end (a hand-edited address) shows the last page and says which.
    const beyond = await searchArtworks({ query: word, page: 7 });
    expect(beyond).toMatchObject({ ok: true, value: { page: 2, pageCount: 2, total: 14, more: false } });
    expect(beyond.ok && beyond.value.items.map((card) => card.id)).toEqual(second.ok && second.value.items.map((card) => card.id));
  });
});
