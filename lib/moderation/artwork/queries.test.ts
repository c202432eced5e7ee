import { beforeEach, describe, expect, it, vi } from "vitest";
import { ADMIN_ARTWORK_PAGE_SIZE, listArtworkForAdmin } from "@/lib/moderation/artwork/queries";
import { db } from "@/lib/db";
import { createArtworkRow } from "@/lib/testing/artworks";
import { createTestAdmin, createTestUser, uniqueUsername } from "@/lib/testing/factories";
import { artworkListQuery } from "@/lib/moderation/artwork/schemas";
import { NotFound } from "@/lib/testing/request-context";

const request = await vi.hoisted(async () => (await import("@/lib/testing/request-context")).mockRequestContext());
// A lone % or _ is searched across every artwork there is: in the shared database other test files
// add bare artwork rows (no images) in parallel. Its own snapshot without artwork.
vi.mock("@/lib/db", async () => ({ db: await (await import("@/lib/testing/private-database")).privateDatabaseWithoutArtwork() }));

const seedArtwork = (authorId: string, title: string, createdAt: Date, hidden?: string) =>
  createArtworkRow(authorId, { title, createdAt, hiddenAt: hidden ? createdAt : null, hiddenReason: hidden ?? null });

const titles = (page: Awaited<ReturnType<typeof listArtworkForAdmin>>) => page.items.map((item) => item.title);

beforeEach(() => {
  request.user = null;
});

describe("the admin artwork list", () => {
  it("lists hidden and visible artwork newest first, with the artist and why it is hidden", async () => {
    request.user = await createTestAdmin();
    // A word no other test uses, so the shared database's other rows stay out of the search.
    const word = uniqueUsername("word");
    const artist = await createTestUser("artist");
    await seedArtwork(artist.id, `${word} dawn`, new Date("2026-02-01T10:00:00Z"));
    await seedArtwork(artist.id, `${word} noon`, new Date("2026-02-01T12:00:00Z"), "Spam link in the description");
    await seedArtwork(artist.id, `${word} dusk`, new Date("2026-02-01T18:00:00Z"));

    const all = await listArtworkForAdmin({ q: word, show: "all", page: 1 });
    expect(titles(all)).toEqual([`${word} dusk`, `${word} noon`, `${word} dawn`]);
    expect(all.items[1]).toMatchObject({
      authorId: artist.id,
      author: { username: artist.username },
      hidden: { reason: "Spam link in the description" },
    });
    expect(all.items[0].hidden).toBeNull();

    expect(titles(await listArtworkForAdmin({ q: word, show: "hidden", page: 1 }))).toEqual([`${word} noon`]);
    expect(titles(await listArtworkForAdmin({ q: word, show: "visible", page: 1 }))).toEqual([`${word} dusk`, `${word} dawn`]);
  });

  it("finds artwork by title or by the artist's name or display name, ignoring case", async () => {
    request.user = await createTestAdmin();
    const [painter, sculptor] = [await createTestUser("painter"), await createTestUser("sculptor")];
    const displayName = uniqueUsername("Shown");
    await db.user.update({ where: { id: sculptor.id }, data: { displayName } });
    const titled = uniqueUsername("Titled");
    await seedArtwork(painter.id, titled, new Date("2026-02-02T10:00:00Z"));
    await seedArtwork(sculptor.id, "Untitled", new Date("2026-02-02T11:00:00Z"));

    expect(titles(await listArtworkForAdmin({ q: titled.toUpperCase(), show: "all", page: 1 }))).toEqual([titled]);
    expect((await listArtworkForAdmin({ q: painter.username, show: "all", page: 1 })).items.map((item) => item.authorId)).toEqual([
      painter.id,
    ]);
    expect(titles(await listArtworkForAdmin({ q: displayName.toLowerCase(), show: "all", page: 1 }))).toEqual(["Untitled"]);
  });

  it("matches %, _ and \\ in a search as themselves, not as wildcards", async () => {
    request.user = await createTestAdmin();
    const artist = await createTestUser("literal");
    const word = uniqueUsername("Sale");
    const literal = [`${word} 100% off`, `${word} snake_case`, `${word} back\\slash`];
    for (const [i, title] of [...literal, `${word} 1000 off`, `${word} snakeXcase`, `${word} backslash`].entries())
      await seedArtwork(artist.id, title, new Date(Date.UTC(2026, 3, 1, 0, i)));
    const found = async (q: string) => titles(await listArtworkForAdmin({ q, show: "all", page: 1 }));

    expect(await found(`${word} 100%`)).toEqual([literal[0]]);
    expect(await found("_case")).toEqual([literal[1]]);
    expect(await found(`${word} back\\`)).toEqual([literal[2]]);
    // A lone wildcard finds only artwork whose title or artist has the character itself, not everything.
    for (const wildcard of ["%", "_"]) {
      const { items } = await listArtworkForAdmin({ q: wildcard, show: "all", page: 1 });
      expect(items.length).toBeGreaterThan(0);
      const without = items.filter((item) => ![item.title, item.author.username, item.author.name].some((text) => text.includes(wildcard)));
      expect(without.map((item) => item.title)).toEqual([]);
    }
  });

  it("pages the list", async () => {
    request.user = await createTestAdmin();
    const artist = await createTestUser("prolific");
    for (let i = 0; i < ADMIN_ARTWORK_PAGE_SIZE + 1; i++) await seedArtwork(artist.id, `Piece ${i}`, new Date(Date.UTC(2026, 2, 1, 0, i)));
    const query = { q: artist.username, show: "all" as const };
    const first = await listArtworkForAdmin({ ...query, page: 1 });
    const second = await listArtworkForAdmin({ ...query, page: 2 });
    expect([first.total, first.pageCount, first.items.length]).toEqual([ADMIN_ARTWORK_PAGE_SIZE + 1, 2, ADMIN_ARTWORK_PAGE_SIZE]);
    expect(titles(second)).toEqual(["Piece 0"]);
  });

  it("is a 404 for members and visitors", async () => {
    await expect(listArtworkForAdmin({ q: "", show: "all", page: 1 })).rejects.toThrow(NotFound);
    const member = await createTestUser();
    request.actAs(member);
    await expect(listArtworkForAdmin({ q: "", show: "all", page: 1 })).rejects.toThrow(NotFound);
  });
});

describe("the admin artwork list's address", () => {
  it("keeps a sensible search, filter and page, and falls back to the plain list for anything else", () => {
    expect(artworkListQuery.parse({ q: "  sunset ", show: "hidden", page: "3" })).toEqual({ q: "sunset", show: "hidden", page: 3 });
    expect(artworkListQuery.parse({ q: "x".repeat(500), show: "deleted", page: "-1" })).toEqual({
      q: "x".repeat(100),
      show: "all",
      page: 1,
    });
    expect(artworkListQuery.parse({ q: ["first", "second"], show: ["visible", "hidden"] })).toEqual({
      q: "first",
      show: "visible",
      page: 1,
    });
    expect(artworkListQuery.parse({})).toEqual({ q: "", show: "all", page: 1 });
  });

  it("keeps the search and filter in its links, leaving defaults out", () => {
    expect(artworkListQuery.params({ q: "sun set", show: "hidden" }).toString()).toBe("q=sun+set&show=hidden");
    expect(artworkListQuery.params({ q: "", show: "all" }).toString()).toBe("");
  });
});
