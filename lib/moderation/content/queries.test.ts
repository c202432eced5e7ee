import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { ADMIN_PAGE_SIZE, listCommentsForAdmin, listMessagesForAdmin, listRoomsForAdmin } from "@/lib/moderation/content/queries";
import { db } from "@/lib/db";
import { createTestArtwork } from "@/lib/testing/artworks";
import { createTestAdmin, createTestComment, createTestMessage, createTestRoom } from "@/lib/testing/content";
import { createTestUser, uniqueUsername } from "@/lib/testing/factories";
import { NotFound } from "@/lib/testing/request-context";

const request = await vi.hoisted(async () => (await import("@/lib/testing/request-context")).mockRequestContext());

let artwork: { id: string; title: string };
beforeAll(async () => {
  const artist = await createTestUser("artist");
  const title = uniqueUsername("Seascape");
  artwork = { id: (await createTestArtwork(artist.id, title)).id, title };
});

beforeEach(async () => {
  const admin = await createTestAdmin();
  request.actAs(admin, "ADMIN");
});

describe("the lists for anyone but an admin", () => {
  it("are not found, for a member and for a visitor", async () => {
    const member = await createTestUser();
    for (const user of [{ ...member, role: "USER" as const, theme: "SYSTEM" as const }, null]) {
      request.user = user;
      await expect(listCommentsForAdmin({ q: "", page: 1 })).rejects.toThrow(NotFound);
      await expect(listMessagesForAdmin({ q: "", page: 1 })).rejects.toThrow(NotFound);
      await expect(listRoomsForAdmin({ page: 1 })).rejects.toThrow(NotFound);
    }
  });
});

describe("the comments list", () => {
  it("shows the newest first, with the author and the artwork", async () => {
    const author = await createTestUser("author");
    await db.user.update({ where: { id: author.id }, data: { displayName: "Ada Painter" } });
    const older = await createTestComment(artwork.id, author.id);
    const newer = await createTestComment(artwork.id, author.id);
    // Other test files add comments meanwhile: search for this author only.
    const { items: rows } = await listCommentsForAdmin({ q: author.username, page: 1 });
    expect(rows.map((row) => row.id)).toEqual([newer.id, older.id]);
    expect(rows[0]).toEqual({
      id: newer.id,
      body: newer.body,
      createdAt: newer.createdAt,
      author: { id: author.id, username: author.username, name: "Ada Painter" },
      artwork: { id: artwork.id, title: artwork.title },
    });
  });

  it("finds comments by their text and by their author's display name, ignoring case", async () => {
    const author = await createTestUser("author");
    const marker = uniqueUsername("Marker");
    const byText = await createTestComment(artwork.id, author.id, `I love the ${marker} here`);
    const named = await createTestUser("named");
    await db.user.update({ where: { id: named.id }, data: { displayName: `Known as ${marker}` } });
    const byName = await createTestComment(artwork.id, named.id, "Nice");
    await createTestComment(artwork.id, author.id, "Unrelated");
    const { items: rows, total } = await listCommentsForAdmin({ q: marker.toUpperCase(), page: 1 });
    expect(rows.map((row) => row.id)).toEqual([byName.id, byText.id]);
    expect(total).toBe(2);
  });

  it("matches % and _ as themselves, not as wildcards", async () => {
    const author = await createTestUser("author");
    const marker = uniqueUsername("sale");
    const literal = await createTestComment(artwork.id, author.id, `${marker} 100% off`);
    await createTestComment(artwork.id, author.id, `${marker} 1000 off`);
    expect((await listCommentsForAdmin({ q: `${marker} 100%`, page: 1 })).items.map((row) => row.id)).toEqual([literal.id]);
    expect((await listCommentsForAdmin({ q: `${marker.replace("_", "%")}`, page: 1 })).items).toEqual([]);
  });

  it("pages through the matches, and a page past the end shows the last one", async () => {
    const author = await createTestUser("author");
    for (let i = 0; i < ADMIN_PAGE_SIZE + 2; i++) await createTestComment(artwork.id, author.id, `#${i}`);
    const first = await listCommentsForAdmin({ q: author.username, page: 1 });
    expect(first).toMatchObject({ page: 1, pageCount: 2, total: ADMIN_PAGE_SIZE + 2 });
    expect(first.items).toHaveLength(ADMIN_PAGE_SIZE);
    expect(first.items[0].body).toBe(`#${ADMIN_PAGE_SIZE + 1}`);
    const beyond = await listCommentsForAdmin({ q: author.username, page: 99 });
    expect(beyond.page).toBe(2);
    expect(beyond.items.map((row) => row.body)).toEqual(["#1", "#0"]);
  });
});

describe("the chat messages list", () => {
  it("shows the newest first, with the author and the room, and searches like comments", async () => {
    const author = await createTestUser("author");
    const room = await createTestRoom(author.id);
    const marker = uniqueUsername("Shout");
    const first = await createTestMessage(room.id, author.id, `${marker} one`);
    await createTestMessage(room.id, author.id, "quiet");
    const third = await createTestMessage(room.id, author.id, `and ${marker.toLowerCase()} two`);
    const { items: rows, total } = await listMessagesForAdmin({ q: marker, page: 1 });
    expect(total).toBe(2);
    expect(rows).toEqual([
      {
        id: third.id,
        body: third.body,
        createdAt: third.createdAt,
        author: { id: author.id, username: author.username, name: author.username },
        room: { id: room.id, slug: room.slug, name: room.name },
      },
      expect.objectContaining({ id: first.id }),
    ]);
    expect((await listMessagesForAdmin({ q: author.username, page: 1 })).total).toBe(3);
  });
});

describe("the rooms list", () => {
  it("shows every room with its message count, creator and lock, the latest active first", async () => {
    const creator = await createTestUser("creator");
    const quiet = await createTestRoom(creator.id);
    const busy = await createTestRoom(creator.id);
    await createTestMessage(busy.id, creator.id);
    await createTestMessage(busy.id, creator.id);
    const lockedAt = new Date();
    // Far in the future: the newest activity of any room, whatever other tests add.
    await db.chatRoom.update({ where: { id: busy.id }, data: { lastActivityAt: new Date(Date.now() + 3_600_000), lockedAt } });
    await db.chatRoom.update({ where: { id: quiet.id }, data: { lastActivityAt: new Date(Date.now() + 1_800_000) } });
    const { items: rows } = await listRoomsForAdmin({ page: 1 });
    expect(rows.slice(0, 2)).toEqual([
      expect.objectContaining({
        id: busy.id,
        name: busy.name,
        slug: busy.slug,
        messageCount: 2,
        lockedAt,
        createdBy: expect.objectContaining({ id: creator.id }),
      }),
      expect.objectContaining({ id: quiet.id, messageCount: 0, lockedAt: null }),
    ]);
  });
});
