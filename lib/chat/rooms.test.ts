import { describe, expect, it } from "vitest";
import { ROOMS_PAGE_SIZE, ROOM_NAME_TAKEN, createRoom, getRoomBySlug, isOpenRoom, listRooms } from "@/lib/chat/rooms";
import { LIMITS } from "@/lib/rate-limit/limits";
import { done, refused } from "@/lib/result";
import { db } from "@/lib/db";
import { createTestUser, uniqueUsername } from "@/lib/testing/factories";

describe("chat rooms", () => {
  it("are created with a slug from the name, and found by it", async () => {
    const member = await createTestUser();
    const name = `Café ${uniqueUsername("Croquis")}`;
    const created = await createRoom(member.id, { name, description: "Drawing from life" });
    expect(created).toEqual(done(`cafe-${name.slice(5).toLowerCase().replaceAll("_", "-")}`));
    if (!created.ok) return;
    expect(await getRoomBySlug(created.value)).toMatchObject({ name, description: "Drawing from life", locked: false });
    expect(await getRoomBySlug("no-such-room")).toBeNull();
  });

  it("refuse a name already taken, ignoring case", async () => {
    const [first, second] = [await createTestUser(), await createTestUser()];
    const name = uniqueUsername("Watercolour");
    expect((await createRoom(first.id, { name, description: "" })).ok).toBe(true);
    expect(await createRoom(second.id, { name: name.toUpperCase(), description: "" })).toEqual(refused(ROOM_NAME_TAKEN, "name"));
    expect(await db.chatRoom.count({ where: { createdById: second.id } })).toBe(0);
  });

  it("get a numbered slug when another name makes the same one, or the word is reserved", async () => {
    const member = await createTestUser();
    const word = uniqueUsername("ink").replace("_", "-");
    const slugs = [];
    for (const name of [`${word}!`, `${word}?`, `${word}…`]) {
      const created = await createRoom(member.id, { name, description: "" });
      slugs.push(created.ok ? created.value : created.message);
    }
    expect(slugs).toEqual([word, `${word}-2`, `${word}-3`]);
    const reserved = await createRoom(member.id, { name: "New!", description: "" });
    expect(reserved).toEqual(done("new-2"));
  });

  it("are listed with the latest activity first", async () => {
    const member = await createTestUser();
    const names = [uniqueUsername("Older"), uniqueUsername("Newer")];
    for (const name of names) await createRoom(member.id, { name, description: "" });
    const listed = (await listRooms(1)).items.map((room) => room.name).filter((name) => names.includes(name));
    expect(listed).toEqual([...names].reverse());
  });

  it("are listed a page at a time, each room once", async () => {
    const member = await createTestUser();
    for (let i = 0; i < ROOMS_PAGE_SIZE + 1; i++) {
      await db.chatRoom.create({
        data: { slug: uniqueUsername("paged"), name: uniqueUsername("Paged"), nameKey: uniqueUsername("paged"), createdById: member.id },
      });
    }
    const { items: rooms, pageCount } = await listRooms(1);
    expect(rooms).toHaveLength(ROOMS_PAGE_SIZE);
    expect(pageCount).toBeGreaterThanOrEqual(2);
    const pages = await Promise.all(Array.from({ length: pageCount }, (_, i) => listRooms(i + 1)));
    const ids = pages.flatMap((page) => page.items.map((room) => room.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("may be started by a member up to the room limit, and then not until a turn frees", async () => {
    const member = await createTestUser();
    for (let i = 0; i < LIMITS.room.max; i++)
      expect((await createRoom(member.id, { name: uniqueUsername("Mine"), description: "" })).ok).toBe(true);
    const oneTooMany = uniqueUsername("One too many");
    expect(await createRoom(member.id, { name: oneTooMany, description: "" })).toEqual(
      refused(expect.stringMatching(new RegExp(`^You can start ${LIMITS.room.max} rooms? .*\\. Try again in \\d+ \\w+\\.$`))),
    );
    expect(await db.chatRoom.count({ where: { name: oneTooMany } })).toBe(0);
    expect((await createRoom((await createTestUser()).id, { name: oneTooMany, description: "" })).ok).toBe(true);
  });

  it("are open to join only while they exist and are not locked", async () => {
    const member = await createTestUser();
    const created = await createRoom(member.id, { name: uniqueUsername("Locked"), description: "" });
    if (!created.ok) throw new Error("room refused");
    const room = await db.chatRoom.findUniqueOrThrow({ where: { slug: created.value } });
    expect(await isOpenRoom(room.id)).toBe(true);
    await db.chatRoom.update({ where: { id: room.id }, data: { lockedAt: new Date() } });
    expect(await isOpenRoom(room.id)).toBe(false);
    expect(await getRoomBySlug(created.value)).toMatchObject({ locked: true });
    expect(await isOpenRoom("clnosuchroom000000000000")).toBe(false);
  });
});
