import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { initialFormState } from "@/lib/actions/form-state";
import { NOT_ADMIN_MESSAGE } from "@/lib/moderation/result";
import { db } from "@/lib/db";
import { auditEntriesAbout, broadcastsIn, createTestMessage, createTestRoom } from "@/lib/testing/content";
import { createTestUser } from "@/lib/testing/factories";
import { formData } from "@/lib/testing/form-data";
import { deleteRoomAction, lockRoomAction, unlockRoomAction } from "./actions";
import { REASON_MAX } from "@/lib/validation/form-rules";

const realtime = await vi.hoisted(async () => (await import("@/lib/testing/realtime-stand-in")).standInForTheApp());
afterAll(() => realtime.close());

const request = await vi.hoisted(async () => (await import("@/lib/testing/request-context")).mockRequestContext());

beforeEach(() => {
  request.user = null;
  realtime.requests.length = 0;
});

/** What anyone could notice about a room: whether it is there, locked, and how many messages it holds. */
async function roomState(id: string) {
  const room = await db.chatRoom.findUnique({ where: { id }, select: { lockedAt: true, _count: { select: { messages: true } } } });
  return room && { locked: room.lockedAt !== null, messages: room._count.messages };
}

const ACTIONS = { lock: lockRoomAction, unlock: unlockRoomAction, delete: deleteRoomAction };

describe("room actions for anyone but an admin", () => {
  it("refuse a visitor and a member (even the room's creator), changing and broadcasting nothing", async () => {
    const creator = await createTestUser("creator");
    const open = await createTestRoom(creator.id);
    const locked = await createTestRoom(creator.id);
    await createTestMessage(open.id, creator.id);
    await db.chatRoom.update({ where: { id: locked.id }, data: { lockedAt: new Date() } });
    for (const user of [null, { ...creator, role: "USER" as const, theme: "SYSTEM" as const }]) {
      request.user = user;
      for (const [roomId, action] of [
        [open.id, ACTIONS.lock],
        [locked.id, ACTIONS.unlock],
        [open.id, ACTIONS.delete],
        [locked.id, ACTIONS.delete],
      ] as const) {
        expect(await action(initialFormState, formData({ roomId, reason: "" }))).toEqual({ status: "error", message: NOT_ADMIN_MESSAGE });
      }
    }
    expect(await roomState(open.id)).toEqual({ locked: false, messages: 1 });
    expect(await roomState(locked.id)).toEqual({ locked: true, messages: 0 });
    expect(await auditEntriesAbout(open.id)).toEqual([]);
    expect(broadcastsIn(realtime.requests)).toEqual([]);
  });
});

describe("room actions for an admin", () => {
  it("lock, unlock and delete a room, each on record", async () => {
    await request.signInNewMember("ADMIN");
    const room = await createTestRoom((await createTestUser("creator")).id);
    await createTestMessage(room.id, room.createdById!);

    expect(await lockRoomAction(initialFormState, formData({ roomId: room.id, reason: "Flame war" }))).toMatchObject({ status: "success" });
    expect(await roomState(room.id)).toEqual({ locked: true, messages: 1 });
    expect(await unlockRoomAction(initialFormState, formData({ roomId: room.id }))).toMatchObject({
      status: "success",
      message: `“${room.name}” is open again.`,
    });
    expect(await roomState(room.id)).toEqual({ locked: false, messages: 1 });
    expect(await deleteRoomAction(initialFormState, formData({ roomId: room.id }))).toMatchObject({ status: "success" });
    expect(await roomState(room.id)).toBeNull();
    expect((await auditEntriesAbout(room.id)).map((entry) => [entry.action, entry.reason])).toEqual([
      ["LOCK_ROOM", "Flame war"],
      ["UNLOCK_ROOM", ""],
      ["DELETE_ROOM", ""],
    ]);
  });

  it("explain a refusal: locking twice, unlocking an open room, acting on a deleted one", async () => {
    await request.signInNewMember("ADMIN");
    const room = await createTestRoom((await createTestUser("creator")).id);
    expect(await unlockRoomAction(initialFormState, formData({ roomId: room.id }))).toMatchObject({
      status: "error",
      message: "This room is not locked.",
    });
    await lockRoomAction(initialFormState, formData({ roomId: room.id }));
    expect(await lockRoomAction(initialFormState, formData({ roomId: room.id }))).toMatchObject({
      status: "error",
      message: "This room is locked already.",
    });
    await deleteRoomAction(initialFormState, formData({ roomId: room.id }));
    for (const action of Object.values(ACTIONS)) {
      expect(await action(initialFormState, formData({ roomId: room.id }))).toMatchObject({
        status: "error",
        message: "This room no longer exists.",
      });
    }
  });

  it("refuse a malformed id and an over-long note, changing nothing", async () => {
    await request.signInNewMember("ADMIN");
    const room = await createTestRoom((await createTestUser("creator")).id);
    for (const action of Object.values(ACTIONS)) {
      expect(await action(initialFormState, formData({ roomId: "../../etc", reason: "" }))).toMatchObject({
        status: "error",
        fieldErrors: { roomId: ["Unknown room"] },
      });
      expect(await action(initialFormState, formData({ reason: "" }))).toMatchObject({
        status: "error",
        fieldErrors: { roomId: ["Unknown room"] },
      });
      expect(await action(initialFormState, formData({ roomId: room.id, reason: "x".repeat(REASON_MAX + 1) }))).toMatchObject({
        status: "error",
        fieldErrors: { reason: [`A reason can be at most ${REASON_MAX} characters`] },
      });
    }
    expect(await roomState(room.id)).toEqual({ locked: false, messages: 0 });
    expect(await auditEntriesAbout(room.id)).toEqual([]);
  });
});
