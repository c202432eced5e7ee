import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { initialFormState } from "@/lib/actions/form-state";
import { postMessage } from "@/lib/chat/messages";
import { LIMITS } from "@/lib/rate-limit/limits";
import { createRoom } from "@/lib/chat/rooms";
import { db } from "@/lib/db";
import { createTestUser, uniqueUsername } from "@/lib/testing/factories";
import { removeMessage, sendMessage, startRoom } from "./actions";
import { formData } from "@/lib/testing/form-data";
import { Redirected } from "@/lib/testing/request-context";

const realtime = await vi.hoisted(async () => (await import("@/lib/testing/realtime-stand-in")).standInForTheApp());
afterAll(() => realtime.close());

const request = await vi.hoisted(async () => (await import("@/lib/testing/request-context")).mockRequestContext());

async function roomOf(creatorId: string) {
  const created = await createRoom(creatorId, { name: uniqueUsername("Room"), description: "" });
  if (!created.ok) throw new Error("room refused");
  return db.chatRoom.findUniqueOrThrow({ where: { slug: created.value } });
}

const bodiesIn = async (roomId: string) =>
  (await db.chatMessage.findMany({ where: { roomId }, orderBy: { id: "asc" } })).map((row) => row.body);

beforeEach(() => {
  request.user = null;
});

describe("chat actions for a visitor", () => {
  it("send them to log in, creating, sending and deleting nothing", async () => {
    const member = await createTestUser();
    const room = await roomOf(member.id);
    const posted = await postMessage(room.id, member.id, "Mine");
    if (!posted.ok) throw new Error("message refused");
    const name = uniqueUsername("Visitors");
    const attempts = [
      startRoom(initialFormState, formData({ name, description: "" })),
      sendMessage(initialFormState, formData({ roomId: room.id, body: "Hello from nowhere" })),
      removeMessage(initialFormState, formData({ messageId: String(posted.value.message.id) })),
    ];
    for (const attempt of attempts) await expect(attempt).rejects.toThrow(new Redirected("/login"));
    expect(await db.chatRoom.count({ where: { name } })).toBe(0);
    expect(await bodiesIn(room.id)).toEqual(["Mine"]);
  });
});

describe("starting a room", () => {
  it("creates it for the member and opens it", async () => {
    const member = await request.signInNewMember();
    const name = uniqueUsername("Gouache");
    await expect(startRoom(initialFormState, formData({ name, description: "Opaque watercolour" }))).rejects.toThrow(
      new Redirected(`/chat/${name.toLowerCase().replace("_", "-")}`),
    );
    expect(
      await db.chatRoom.findUnique({
        where: { slug: name.toLowerCase().replace("_", "-") },
        select: { createdById: true, description: true },
      }),
    ).toEqual({
      createdById: member.id,
      description: "Opaque watercolour",
    });
  });

  it("refuses a name taken in another case, keeping what was typed", async () => {
    const member = await request.signInNewMember();
    const existing = await roomOf(member.id);
    const state = await startRoom(initialFormState, formData({ name: existing.name.toUpperCase(), description: "Again" }));
    expect(state).toMatchObject({
      status: "error",
      fieldErrors: { name: ["A room with this name exists already; choose another name or join it"] },
      values: { name: existing.name.toUpperCase(), description: "Again" },
    });
  });

  it("refuses a name that breaks the rules, creating nothing", async () => {
    await request.signInNewMember();
    const state = await startRoom(initialFormState, formData({ name: "ab", description: "" }));
    expect(state).toMatchObject({ status: "error", fieldErrors: { name: ["The name must be at least 3 characters"] } });
  });

  it("tells a member over the room limit when they can start another, creating nothing", async () => {
    const member = await request.signInNewMember();
    for (let i = 0; i < LIMITS.room.max; i++) await roomOf(member.id);
    const name = uniqueUsername("Sixth");
    const state = await startRoom(initialFormState, formData({ name, description: "" }));
    expect(state).toMatchObject({
      status: "error",
      message: expect.stringMatching(/^You can start 5 rooms a day\. Try again in \d+ hours\.$/),
      values: { name },
    });
    expect(await db.chatRoom.count({ where: { name } })).toBe(0);
  });
});

describe("sending a message", () => {
  it("stores the member's message as theirs and empties the box", async () => {
    const member = await request.signInNewMember();
    const room = await roomOf(member.id);
    const state = await sendMessage(initialFormState, formData({ roomId: room.id, body: "Hello!\r\nSecond line", socketId: "12.34" }));
    expect(state).toMatchObject({ status: "success", values: { body: "" } });
    expect(await db.chatMessage.findMany({ where: { roomId: room.id }, select: { authorId: true, body: true } })).toEqual([
      { authorId: member.id, body: "Hello!\nSecond line" },
    ]);
  });

  it("says clearly when the member sends too fast", async () => {
    const member = await request.signInNewMember();
    const room = await roomOf(member.id);
    // The clock stands still: a turn refills every second, and a slow machine must not see one refill.
    vi.useFakeTimers({ toFake: ["Date"] });
    for (let i = 0; i < LIMITS.chatMessage.max; i++) await sendMessage(initialFormState, formData({ roomId: room.id, body: `#${i}` }));
    const state = await sendMessage(initialFormState, formData({ roomId: room.id, body: "one too many" }));
    vi.useRealTimers();
    expect(state).toMatchObject({ status: "error", values: { body: "one too many" } });
    expect(state.fieldErrors?.body?.[0]).toMatch(/^You can send 5 messages every 5 seconds\. Try again in 1 second\.$/);
    expect(await bodiesIn(room.id)).toHaveLength(LIMITS.chatMessage.max);
  });

  it("refuses a locked room", async () => {
    const member = await request.signInNewMember();
    const room = await roomOf(member.id);
    await db.chatRoom.update({ where: { id: room.id }, data: { lockedAt: new Date() } });
    const state = await sendMessage(initialFormState, formData({ roomId: room.id, body: "Let me in" }));
    expect(state).toMatchObject({ status: "error", message: "This room is locked: no one can send messages in it." });
    expect(await bodiesIn(room.id)).toEqual([]);
  });
});

describe("deleting a message", () => {
  it("lets a member delete their own message, and no one else's", async () => {
    const author = await createTestUser();
    const room = await roomOf(author.id);
    const posted = await postMessage(room.id, author.id, "Keep out");
    if (!posted.ok) throw new Error("message refused");
    await request.signInNewMember();
    expect(await removeMessage(initialFormState, formData({ messageId: String(posted.value.message.id) }))).toMatchObject({
      status: "error",
      message: "This message does not exist, or it is not yours to delete.",
    });
    expect(await bodiesIn(room.id)).toEqual(["Keep out"]);
    request.actAs(author);
    expect(await removeMessage(initialFormState, formData({ messageId: String(posted.value.message.id) }))).toMatchObject({
      status: "success",
    });
    expect(await bodiesIn(room.id)).toEqual([]);
  });
});
