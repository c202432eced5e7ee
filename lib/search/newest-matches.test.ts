import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { searchArtworkIds, SEARCH_RANKED_MATCHES } from "@/lib/search/artworks";
import { searchText } from "@/lib/search/schemas";
import { bareArtwork } from "@/lib/testing/artworks";
import { createTestUser } from "@/lib/testing/factories";

// Thousands of rows: a database of its own, so other files' lists never meet them.
vi.mock("@/lib/db", async () => ({ db: await (await import("@/lib/testing/private-database")).privateDatabaseWithoutArtwork() }));

/** `count` artworks with `word` in their description only, made after everything before and before everything after. */
async function describedArtworks(authorId: string, word: string, count: number) {
  const madeAt = new Date(Date.now() - 86_400_000);
  await db.$executeRaw`
    WITH RECURSIVE "n" ("i") AS (SELECT 1 UNION ALL SELECT "i" + 1 FROM "n" WHERE "i" < ${count})
    INSERT INTO "Artwork" ("id", "authorId", "title", "description", "width", "height", "placeholder", "dominantColor", "mediaKey", "createdAt", "updatedAt")
    SELECT 'bulk-' || "i", ${authorId}, 'Untitled', ${`About ${word}`}, 100, 100, 'AAAA', '#000000', 'bulk-' || "i", ${madeAt}, ${madeAt} FROM "n"`;
}

describe("a word in more artwork than the search scores", () => {
  it("is ranked among its newest matches: an older best match beyond them is not offered", async () => {
    const word = "zqcommonword";
    const artist = await createTestUser("prolific");
    const older = await bareArtwork(artist.id, `${word} in an old title`);
    await describedArtworks(artist.id, word, SEARCH_RANKED_MATCHES);
    const newer = await bareArtwork(artist.id, `${word} in a new title`);

    const found = await searchArtworkIds({ terms: searchText.parse(word), now: new Date() }, 1);
    // Were every match scored, the two titles would lead (a title counts most), the newer first.
    expect(found.items[0]).toBe(newer.id);
    expect(found.items[1]).not.toBe(older.id);
    expect(found.items).toHaveLength(12);
    expect(found.more).toBe(true);
  }, 60_000);
});
