import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { ROOM_LOCKED, postMessage } from "@/lib/chat/messages";
import { db } from "@/lib/db";
import { NOT_ADMIN_MESSAGE, refused } from "@/lib/moderation/result";
import { deleteCommentAsAdmin, deleteMessageAsAdmin, deleteRoom, lockRoom, unlockRoom } from "@/lib/moderation/content/commands";
import { createTestArtwork } from "@/lib/testing/artworks";
import {
  auditEntriesAbout,
  broadcastsIn,
  createTestAdmin,
  createTestComment,
  createTestMessage,
  createTestRoom,
  openReport,
  reportState,
} from "@/lib/testing/content";
import { createTestUser } from "@/lib/testing/factories";

const realtime = await vi.hoisted(async () => (await import("@/lib/testing/realtime-stand-in")).standInForTheApp());
afterAll(() => realtime.close());

let artworkId: string;
beforeAll(async () => {
  const artist = await createTestUser("artist");
  artworkId = (await createTestArtwork(artist.id)).id;
});

beforeEach(() => {
  realtime.requests.length = 0;
  realtime.state.mode = { kind: "accept" };
});

const broadcasts = () => broadcastsIn(realtime.requests);

describe("deleting a comment", () => {
  it("deletes it, closes the open reports about it as deleted, and records who did it and why", async () => {
    const [admin, author] = await Promise.all([createTestAdmin(), createTestUser("author")]);
    const comment = await createTestComment(artworkId, author.id, "Buy   cheap\nfollowers here");
    const other = await createTestComment(artworkId, author.id);
    const [report, otherReport] = await Promise.all([
      openReport({ type: "COMMENT", id: comment.id }),
      openReport({ type: "COMMENT", id: other.id }),
    ]);

    const result = await deleteCommentAsAdmin(admin, { commentId: comment.id, reason: "Spam" });

    expect(result).toEqual({ ok: true, message: "Comment deleted." });
    expect(await db.comment.count({ where: { id: comment.id } })).toBe(0);
    expect(await db.comment.count({ where: { id: other.id } })).toBe(1);
    expect(await reportState(report.id)).toEqual({
      status: "RESOLVED",
      outcome: "DELETED",
      resolvedById: admin.id,
      resolutionNote: "Spam",
      openKey: null,
    });
    expect(await reportState(otherReport.id)).toMatchObject({ status: "OPEN", outcome: null });
    expect(await auditEntriesAbout(comment.id)).toEqual([
      {
        adminId: admin.id,
        action: "DELETE_COMMENT",
        targetType: "COMMENT",
        targetLabel: "Buy cheap followers here",
        targetOwnerId: author.id,
        reason: "Spam",
        detail: "",
      },
    ]);
  });

  it("refuses a comment that is gone, recording nothing", async () => {
    const admin = await createTestAdmin();
    const comment = await createTestComment(artworkId, admin.id);
    await db.comment.delete({ where: { id: comment.id } });
    expect(await deleteCommentAsAdmin(admin, { commentId: comment.id })).toEqual({ ok: false, message: "This comment no longer exists." });
    expect(await auditEntriesAbout(comment.id)).toEqual([]);
  });

  it("refuses twice the same comment: the second attempt changes nothing", async () => {
    const admin = await createTestAdmin();
    const comment = await createTestComment(artworkId, admin.id);
    expect((await deleteCommentAsAdmin(admin, { commentId: comment.id })).ok).toBe(true);
    expect(await deleteCommentAsAdmin(admin, { commentId: comment.id })).toEqual({ ok: false, message: "This comment no longer exists." });
    expect(await auditEntriesAbout(comment.id)).toHaveLength(1);
  });

  it("is undone whole when the actor is no admin (any more): the comment and its report stay", async () => {
    const member = await createTestUser("member");
    const comment = await createTestComment(artworkId, member.id);
    const report = await openReport({ type: "COMMENT", id: comment.id });
    await expect(deleteCommentAsAdmin(member, { commentId: comment.id })).resolves.toEqual({ ok: false, message: NOT_ADMIN_MESSAGE });
    expect(await db.comment.count({ where: { id: comment.id } })).toBe(1);
    expect(await reportState(report.id)).toMatchObject({ status: "OPEN" });
    expect(await auditEntriesAbout(comment.id)).toEqual([]);
  });
});

describe("deleting a chat message", () => {
  it("deletes it, closes its reports, records it, and takes it off the pages of everyone in the room", async () => {
    const [admin, author] = await Promise.all([createTestAdmin(), createTestUser("author")]);
    const room = await createTestRoom(author.id);
    const message = await createTestMessage(room.id, author.id, "Rude words");
    const kept = await createTestMessage(room.id, author.id, "Kind words");
    const report = await openReport({ type: "CHAT_MESSAGE", id: String(message.id) });

    const result = await deleteMessageAsAdmin(admin, { messageId: message.id, reason: "Harassment" });

    expect(result).toEqual({ ok: true, message: "Message deleted." });
    expect(await db.chatMessage.findMany({ where: { roomId: room.id }, select: { id: true } })).toEqual([{ id: kept.id }]);
    expect(await reportState(report.id)).toMatchObject({ status: "RESOLVED", outcome: "DELETED", resolutionNote: "Harassment" });
    expect(await auditEntriesAbout(String(message.id))).toEqual([
      expect.objectContaining({
        action: "DELETE_CHAT_MESSAGE",
        targetType: "CHAT_MESSAGE",
        targetLabel: "Rude words",
        targetOwnerId: author.id,
      }),
    ]);
    // The same event as a member's own deletion, so open pages drop it the same way.
    expect(broadcasts()).toEqual([{ event: "message-deleted", channels: [`presence-room-${room.id}`], data: { id: message.id } }]);
  });

  it("deletes it even when the realtime server is down", async () => {
    const admin = await createTestAdmin();
    const room = await createTestRoom(admin.id);
    const message = await createTestMessage(room.id, admin.id);
    realtime.state.mode = { kind: "error", status: 500 };
    vi.spyOn(console, "error").mockImplementationOnce(() => {});
    expect((await deleteMessageAsAdmin(admin, { messageId: message.id })).ok).toBe(true);
    expect(await db.chatMessage.count({ where: { id: message.id } })).toBe(0);
  });

  it("refuses a message that is gone, recording and broadcasting nothing", async () => {
    const admin = await createTestAdmin();
    const room = await createTestRoom(admin.id);
    const message = await createTestMessage(room.id, admin.id);
    await db.chatMessage.delete({ where: { id: message.id } });
    expect(await deleteMessageAsAdmin(admin, { messageId: message.id })).toEqual({ ok: false, message: "This message no longer exists." });
    expect(await auditEntriesAbout(String(message.id))).toEqual([]);
    expect(broadcasts()).toEqual([]);
  });

  it("is undone whole when the actor is no admin, and nobody is told anything", async () => {
    const member = await createTestUser("member");
    const room = await createTestRoom(member.id);
    const message = await createTestMessage(room.id, member.id);
    await expect(deleteMessageAsAdmin(member, { messageId: message.id })).resolves.toEqual({ ok: false, message: NOT_ADMIN_MESSAGE });
    expect(await db.chatMessage.count({ where: { id: message.id } })).toBe(1);
    expect(broadcasts()).toEqual([]);
  });
});

describe("locking and unlocking a room", () => {
  it("locks it: members can no longer post, the pages in it are told, and the creator's room is on record", async () => {
    const [admin, creator] = await Promise.all([createTestAdmin(), createTestUser("creator")]);
    const room = await createTestRoom(creator.id);

    const result = await lockRoom(admin, { roomId: room.id, reason: "Cooling off" });

    expect(result.ok).toBe(true);
    expect(result.message).toContain(`“${room.name}” is locked`);
    expect(await postMessage(room.id, creator.id, "Still here?")).toEqual(refused(ROOM_LOCKED));
    expect(await auditEntriesAbout(room.id)).toEqual([
      {
        adminId: admin.id,
        action: "LOCK_ROOM",
        targetType: "ROOM",
        targetLabel: room.name,
        targetOwnerId: creator.id,
        reason: "Cooling off",
        detail: "",
      },
    ]);
    expect(broadcasts()).toEqual([{ event: "room-closed", channels: [`presence-room-${room.id}`], data: {} }]);
  });

  it("refuses to lock a locked room, keeping the time it was locked", async () => {
    const admin = await createTestAdmin();
    const room = await createTestRoom(admin.id);
    await lockRoom(admin, { roomId: room.id });
    const { lockedAt } = await db.chatRoom.findUniqueOrThrow({ where: { id: room.id } });
    realtime.requests.length = 0;
    expect(await lockRoom(admin, { roomId: room.id })).toEqual({ ok: false, message: "This room is locked already." });
    expect((await db.chatRoom.findUniqueOrThrow({ where: { id: room.id } })).lockedAt).toEqual(lockedAt);
    expect(await auditEntriesAbout(room.id)).toHaveLength(1);
    expect(broadcasts()).toEqual([]);
  });

  it("unlocks a locked room: members can post again", async () => {
    const admin = await createTestAdmin();
    const room = await createTestRoom(admin.id);
    await lockRoom(admin, { roomId: room.id });
    expect(await unlockRoom(admin, { roomId: room.id, reason: "Calm again" })).toEqual({
      ok: true,
      message: `“${room.name}” is open again.`,
    });
    expect((await postMessage(room.id, admin.id, "Welcome back")).ok).toBe(true);
    expect((await auditEntriesAbout(room.id)).map((entry) => [entry.action, entry.reason])).toEqual([
      ["LOCK_ROOM", ""],
      ["UNLOCK_ROOM", "Calm again"],
    ]);
  });

  it("refuses to unlock an open room, and to lock or unlock a room that is gone", async () => {
    const admin = await createTestAdmin();
    const room = await createTestRoom(admin.id);
    expect(await unlockRoom(admin, { roomId: room.id })).toEqual({ ok: false, message: "This room is not locked." });
    await db.chatRoom.delete({ where: { id: room.id } });
    expect(await lockRoom(admin, { roomId: room.id })).toEqual({ ok: false, message: "This room no longer exists." });
    expect(await unlockRoom(admin, { roomId: room.id })).toEqual({ ok: false, message: "This room no longer exists." });
    expect(await auditEntriesAbout(room.id)).toEqual([]);
  });

  it("does not lock for a member", async () => {
    const member = await createTestUser("member");
    const room = await createTestRoom(member.id);
    await expect(lockRoom(member, { roomId: room.id })).resolves.toEqual({ ok: false, message: NOT_ADMIN_MESSAGE });
    expect((await db.chatRoom.findUniqueOrThrow({ where: { id: room.id } })).lockedAt).toBeNull();
    expect(broadcasts()).toEqual([]);
  });
});

describe("deleting a room", () => {
  it("deletes it with its messages, closes reports about them, records it, and tells the pages in it", async () => {
    const [admin, creator] = await Promise.all([createTestAdmin(), createTestUser("creator")]);
    const room = await createTestRoom(creator.id);
    const elsewhere = await createTestRoom(creator.id);
    const [first, , elsewhereMessage] = [
      await createTestMessage(room.id, creator.id),
      await createTestMessage(room.id, admin.id),
      await createTestMessage(elsewhere.id, creator.id),
    ];
    const [report, elsewhereReport] = await Promise.all([
      openReport({ type: "CHAT_MESSAGE", id: String(first.id) }),
      openReport({ type: "CHAT_MESSAGE", id: String(elsewhereMessage.id) }),
    ]);

    const result = await deleteRoom(admin, { roomId: room.id, reason: "Abandoned" });

    expect(result).toEqual({ ok: true, message: `“${room.name}” is deleted, with its 2 messages.` });
    expect(await db.chatRoom.count({ where: { id: room.id } })).toBe(0);
    expect(await db.chatMessage.count({ where: { roomId: room.id } })).toBe(0);
    expect(await db.chatMessage.count({ where: { roomId: elsewhere.id } })).toBe(1);
    expect(await reportState(report.id)).toMatchObject({ status: "RESOLVED", outcome: "DELETED", resolutionNote: "Abandoned" });
    expect(await reportState(elsewhereReport.id)).toMatchObject({ status: "OPEN" });
    expect(await auditEntriesAbout(room.id)).toEqual([
      {
        adminId: admin.id,
        action: "DELETE_ROOM",
        targetType: "ROOM",
        targetLabel: room.name,
        targetOwnerId: creator.id,
        reason: "Abandoned",
        detail: "2 messages deleted with it",
      },
    ]);
    expect(broadcasts()).toEqual([{ event: "room-closed", channels: [`presence-room-${room.id}`], data: {} }]);
  });

  it("refuses a room that is gone", async () => {
    const admin = await createTestAdmin();
    const room = await createTestRoom(admin.id);
    await deleteRoom(admin, { roomId: room.id });
    expect(await deleteRoom(admin, { roomId: room.id })).toEqual({ ok: false, message: "This room no longer exists." });
    expect(await auditEntriesAbout(room.id)).toHaveLength(1);
  });

  it("is undone whole for a member: the room, its messages and their reports stay", async () => {
    const member = await createTestUser("member");
    const room = await createTestRoom(member.id);
    const message = await createTestMessage(room.id, member.id);
    const report = await openReport({ type: "CHAT_MESSAGE", id: String(message.id) });
    await expect(deleteRoom(member, { roomId: room.id })).resolves.toEqual({ ok: false, message: NOT_ADMIN_MESSAGE });
    expect(await db.chatMessage.count({ where: { roomId: room.id } })).toBe(1);
    expect(await reportState(report.id)).toMatchObject({ status: "OPEN" });
    expect(broadcasts()).toEqual([]);
  });
});
