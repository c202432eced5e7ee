import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { initialFormState } from "@/lib/actions/form-state";
import { NOT_ADMIN_MESSAGE } from "@/lib/moderation/result";
import { db } from "@/lib/db";
import { auditEntriesAbout, broadcastsIn, createTestMessage, createTestRoom } from "@/lib/testing/content";
import { createTestUser } from "@/lib/testing/factories";
import { formData } from "@/lib/testing/form-data";
import { deleteMessageAction } from "./actions";
import { REASON_MAX } from "@/lib/validation/form-rules";

const realtime = await vi.hoisted(async () => (await import("@/lib/testing/realtime-stand-in")).standInForTheApp());
afterAll(() => realtime.close());

const request = await vi.hoisted(async () => (await import("@/lib/testing/request-context")).mockRequestContext());

beforeEach(() => {
  request.user = null;
  realtime.requests.length = 0;
});

async function messageInNewRoom() {
  const author = await createTestUser("author");
  const room = await createTestRoom(author.id);
  return { author, room, message: await createTestMessage(room.id, author.id) };
}

const messageExists = async (id: number) => (await db.chatMessage.count({ where: { id } })) === 1;

describe("deleting a chat message from /admin/messages", () => {
  it("is refused to a visitor and to a member, even their own message, changing and broadcasting nothing", async () => {
    const { author, message } = await messageInNewRoom();
    for (const user of [null, { ...author, role: "USER" as const, theme: "SYSTEM" as const }]) {
      request.user = user;
      const state = await deleteMessageAction(initialFormState, formData({ messageId: String(message.id), reason: "" }));
      expect(state).toEqual({ status: "error", message: NOT_ADMIN_MESSAGE });
    }
    expect(await messageExists(message.id)).toBe(true);
    expect(await auditEntriesAbout(String(message.id))).toEqual([]);
    expect(broadcastsIn(realtime.requests)).toEqual([]);
  });

  it("deletes it for an admin and takes it off the room's open pages", async () => {
    await request.signInNewMember("ADMIN");
    const { room, message } = await messageInNewRoom();
    const state = await deleteMessageAction(initialFormState, formData({ messageId: String(message.id), reason: "Insults" }));
    expect(state).toMatchObject({ status: "success", message: "Message deleted." });
    expect(await messageExists(message.id)).toBe(false);
    expect(await auditEntriesAbout(String(message.id))).toEqual([
      expect.objectContaining({ action: "DELETE_CHAT_MESSAGE", reason: "Insults" }),
    ]);
    expect(broadcastsIn(realtime.requests)).toEqual([
      { event: "message-deleted", channels: [`presence-room-${room.id}`], data: { id: message.id } },
    ]);
  });

  it("says so when the message is already gone", async () => {
    await request.signInNewMember("ADMIN");
    const { message } = await messageInNewRoom();
    await db.chatMessage.delete({ where: { id: message.id } });
    const state = await deleteMessageAction(initialFormState, formData({ messageId: String(message.id) }));
    expect(state).toMatchObject({ status: "error", message: "This message no longer exists." });
  });

  it("refuses a malformed id and an over-long note, deleting nothing", async () => {
    await request.signInNewMember("ADMIN");
    const { message } = await messageInNewRoom();
    for (const messageId of ["0", "-1", "1e3", "99999999999999999999", "abc"]) {
      const state = await deleteMessageAction(initialFormState, formData({ messageId, reason: "" }));
      expect(state).toMatchObject({ status: "error", fieldErrors: { messageId: ["Unknown message"] } });
    }
    const long = await deleteMessageAction(
      initialFormState,
      formData({ messageId: String(message.id), reason: "x".repeat(REASON_MAX + 1) }),
    );
    expect(long).toMatchObject({ status: "error", fieldErrors: { reason: [`A reason can be at most ${REASON_MAX} characters`] } });
    expect(await messageExists(message.id)).toBe(true);
    expect(await auditEntriesAbout(String(message.id))).toEqual([]);
  });
});
