import { describe, expect, it, vi } from "vitest";
import {
  MESSAGES_PER_PAGE,
  NOT_YOUR_MESSAGE,
  ROOM_GONE,
  ROOM_LOCKED,
  deleteOwnMessage,
  listMessages,
  postMessage,
} from "@/lib/chat/messages";
import { LIMITS } from "@/lib/rate-limit/limits";
import { overLimitMessage } from "@/lib/rate-limit/wait";
import { done, refused } from "@/lib/result";
import { createRoom, listRooms } from "@/lib/chat/rooms";
import { db } from "@/lib/db";
import { storeNumberedMessages } from "@/lib/testing/content";
import { createTestUser, uniqueUsername } from "@/lib/testing/factories";

const realtime = await vi.hoisted(async () => (await import("@/lib/testing/realtime-stand-in")).standInForTestFile());

async function newRoom(creatorId: string) {
  const created = await createRoom(creatorId, { name: uniqueUsername("Room"), description: "" });
  if (!created.ok) throw new Error("room refused");
  return db.chatRoom.findUniqueOrThrow({ where: { slug: created.value } });
}

/** The events the app asked the realtime server to broadcast, as the Pusher HTTP API receives them. */
function broadcasts() {
  return realtime.requests
    .filter((request) => request.method === "POST" && request.path.endsWith("/events"))
    .map((request) => {
      const body = request.body as { name: string; channels: string[]; data: string; socket_id?: string };
      return { event: body.name, channels: body.channels, data: JSON.parse(body.data) as unknown, exceptSocket: body.socket_id };
    });
}

async function storedBodies(roomId: string) {
  return (await listMessages(roomId)).messages.map((message) => message.body);
}

describe("posting a message", () => {
  it("stores it, then broadcasts it to the room's presence channel without the sender's own connection", async () => {
    const member = await createTestUser();
    const room = await newRoom(member.id);
    const result = await postMessage(room.id, member.id, "Hello, room", { exceptSocketId: "123.456" });
    if (!result.ok) throw new Error("message refused");
    expect(result.value.broadcast).toBe(true);
    expect(result.value.message).toMatchObject({
      roomId: room.id,
      body: "Hello, room",
      authorId: member.id,
      author: { username: member.username },
    });
    expect(await storedBodies(room.id)).toEqual(["Hello, room"]);
    expect(broadcasts()).toEqual([
      { event: "message", channels: [`presence-room-${room.id}`], data: result.value.message, exceptSocket: "123.456" },
    ]);
  });

  for (const failure of [{ kind: "drop" }, { kind: "error", status: 500 }] as const) {
    it(`keeps the message when the realtime server fails (${failure.kind}), and logs the failure`, async () => {
      const member = await createTestUser();
      const room = await newRoom(member.id);
      realtime.state.mode = failure;
      const logged = vi.spyOn(console, "error").mockImplementation(() => {});
      try {
        const result = await postMessage(room.id, member.id, "Still here after a reload");
        expect(result).toMatchObject({ ok: true, value: { broadcast: false, message: { body: "Still here after a reload" } } });
        expect(logged).toHaveBeenCalledWith(expect.stringContaining(`"message" for room ${room.id} was not broadcast`));
      } finally {
        logged.mockRestore();
      }
      expect(realtime.requests).toHaveLength(1);
      expect(await storedBodies(room.id)).toEqual(["Still here after a reload"]);
    });
  }

  it("is refused in a locked room, storing and broadcasting nothing", async () => {
    const member = await createTestUser();
    const room = await newRoom(member.id);
    await db.chatRoom.update({ where: { id: room.id }, data: { lockedAt: new Date() } });
    expect(await postMessage(room.id, member.id, "Anyone?")).toEqual(refused(ROOM_LOCKED));
    expect(await storedBodies(room.id)).toEqual([]);
    expect(broadcasts()).toEqual([]);
  });

  it("is refused in a room that does not exist", async () => {
    const member = await createTestUser();
    expect(await postMessage("clnosuchroom000000000000", member.id, "Hello?")).toEqual(refused(ROOM_GONE));
    expect(broadcasts()).toEqual([]);
  });

  it("allows a member the limit's messages at once, in any room, then one at a time, and says how long to wait", async () => {
    const [chatty, other] = [await createTestUser("chatty"), await createTestUser()];
    const [room, elsewhere] = [await newRoom(chatty.id), await newRoom(chatty.id)];
    const start = new Date();
    const at = (ms: number) => new Date(start.getTime() + ms);
    const { max, windowMs } = LIMITS.chatMessage;
    for (let i = 0; i < max; i++) expect((await postMessage(room.id, chatty.id, `#${i}`, { now: at(0) })).ok).toBe(true);
    expect(await postMessage(elsewhere.id, chatty.id, "one more", { now: at(0) })).toEqual(
      refused(overLimitMessage("send", "message", LIMITS.chatMessage, windowMs / max), "body"),
    );
    expect((await postMessage(room.id, other.id, "others still can", { now: at(0) })).ok).toBe(true);
    expect((await postMessage(room.id, chatty.id, "later", { now: at(windowMs / max) })).ok).toBe(true);
    expect(await storedBodies(elsewhere.id)).toEqual([]);
    expect(await storedBodies(room.id)).toEqual(["#0", "#1", "#2", "#3", "#4", "others still can", "later"]);
  });

  it("moves the room to the top of the room list", async () => {
    const member = await createTestUser();
    const [quiet, busy] = [await newRoom(member.id), await newRoom(member.id)];
    const order = async () => (await listRooms(1)).items.map((room) => room.id).filter((id) => id === quiet.id || id === busy.id);
    expect(await order()).toEqual([busy.id, quiet.id]);
    await postMessage(quiet.id, member.id, "Waking up");
    expect(await order()).toEqual([quiet.id, busy.id]);
  });
});

describe("reading a room", () => {
  async function roomWithMessages(count: number) {
    const member = await createTestUser();
    const room = await newRoom(member.id);
    return { room, seqs: await storeNumberedMessages(room.id, member.id, count) };
  }

  it(`shows the latest ${MESSAGES_PER_PAGE}, oldest first, and whether older ones exist`, async () => {
    const { room } = await roomWithMessages(MESSAGES_PER_PAGE + 10);
    const page = await listMessages(room.id);
    expect(page.more).toBe(true);
    expect(page.messages.map((message) => message.body)).toEqual(Array.from({ length: MESSAGES_PER_PAGE }, (_, i) => `m${i + 11}`));
  });

  it("loads the messages before one, oldest first, down to the first", async () => {
    const { room, seqs } = await roomWithMessages(MESSAGES_PER_PAGE + 10);
    const older = await listMessages(room.id, { before: seqs[10] });
    expect(older).toMatchObject({ more: false });
    expect(older.messages.map((message) => message.body)).toEqual(Array.from({ length: 10 }, (_, i) => `m${i + 1}`));
  });

  it("catches up on every message after one, a page at a time, with nothing left out", async () => {
    const { room, seqs } = await roomWithMessages(MESSAGES_PER_PAGE + 5);
    const first = await listMessages(room.id, { after: seqs[1] });
    expect(first.more).toBe(true);
    const rest = await listMessages(room.id, { after: first.messages.at(-1)!.seq });
    expect(rest.more).toBe(false);
    expect([...first.messages, ...rest.messages].map((message) => message.seq)).toEqual(seqs.slice(2));
  });

  it("never shows another room's messages", async () => {
    const [{ room }, { seqs: otherSeqs }] = [await roomWithMessages(1), await roomWithMessages(3)];
    expect((await listMessages(room.id, { after: 0 })).messages).toHaveLength(1);
    expect((await listMessages(room.id, { before: otherSeqs[2] + 1 })).messages.every((message) => message.roomId === room.id)).toBe(true);
  });
});

describe("deleting a message", () => {
  it("lets the author delete it and tells the room, and refuses everyone else", async () => {
    const [author, other] = [await createTestUser(), await createTestUser()];
    const room = await newRoom(other.id);
    const posted = await postMessage(room.id, author.id, "Oops");
    if (!posted.ok) throw new Error("message refused");
    realtime.requests.length = 0;
    expect(await deleteOwnMessage(posted.value.message.id, other.id)).toEqual(refused(NOT_YOUR_MESSAGE));
    expect(await storedBodies(room.id)).toEqual(["Oops"]);
    expect(broadcasts()).toEqual([]);
    expect(await deleteOwnMessage(posted.value.message.id, author.id, "9.9")).toEqual(done(room.id));
    expect(await storedBodies(room.id)).toEqual([]);
    expect(broadcasts()).toEqual([
      { event: "message-deleted", channels: [`presence-room-${room.id}`], data: { id: posted.value.message.id }, exceptSocket: "9.9" },
    ]);
    expect(await deleteOwnMessage(posted.value.message.id, author.id)).toEqual(refused(NOT_YOUR_MESSAGE));
  });

  it("deletes it even when the realtime server is down", async () => {
    const author = await createTestUser();
    const room = await newRoom(author.id);
    const posted = await postMessage(room.id, author.id, "Take this back");
    if (!posted.ok) throw new Error("message refused");
    realtime.state.mode = { kind: "drop" };
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    expect(await deleteOwnMessage(posted.value.message.id, author.id)).toEqual(done(room.id));
    logged.mockRestore();
    expect(await storedBodies(room.id)).toEqual([]);
  });
});
