import "server-only";
import { lockRow } from "@/lib/database/row-lock";
import type { SessionUser } from "@/lib/auth/session";
import { announceMessageDeleted } from "@/lib/chat/messages";
import { announceRoomClosed } from "@/lib/chat/rooms";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { asAdmin, excerpt, recordAudit } from "@/lib/moderation/audit/record";
import { closeReportsAbout } from "@/lib/moderation/reports/closing";
import { notifyingTransaction } from "@/lib/notifications/notify";
import { done, refused, type ModerationResult } from "@/lib/moderation/result";

/**
 * Moderators' changes to comments, chat messages and rooms. Each is one
 * transaction: the check that the target is still there (and in the state
 * the action expects), the change, its audit entry and the closing of open
 * reports about it, so nothing is ever half done. Pages showing a room are
 * told only after the commit: an unreachable realtime server costs the live
 * update, never the change.
 */

type Admin = Pick<SessionUser, "id">;
type Note = { reason?: string };

export const GONE = {
  comment: "This comment no longer exists.",
  message: "This message no longer exists.",
  room: "This room no longer exists.",
} as const;

export async function deleteCommentAsAdmin(
  admin: Admin,
  { commentId, reason = "" }: { commentId: string } & Note,
): Promise<ModerationResult> {
  return asAdmin(async () => {
    return notifyingTransaction(async (tx, tell) => {
      const comment = await tx.comment.findUnique({ where: { id: commentId }, select: { body: true, authorId: true } });
      if (!comment) return refused(GONE.comment);
      await tx.comment.delete({ where: { id: commentId }, select: { id: true } });
      await closeReportsAbout(tx, { type: "COMMENT", id: commentId }, "DELETED", admin.id, reason, (_, event) => tell(event));
      await tell({
        type: "MODERATION",
        action: "comment-deleted",
        recipientId: comment.authorId,
        subjectId: commentId,
        excerpt: comment.body,
        reason,
      });
      await recordAudit(tx, admin, {
        action: "DELETE_COMMENT",
        target: { type: "COMMENT", id: commentId, label: excerpt(comment.body), ownerId: comment.authorId },
        reason,
      });
      return done("Comment deleted.");
    });
  });
}

export async function deleteMessageAsAdmin(
  admin: Admin,
  { messageId, reason = "" }: { messageId: number } & Note,
): Promise<ModerationResult> {
  return asAdmin(async () => {
    const deleted = await db.$transaction(async (tx) => {
      const message = await tx.chatMessage.findUnique({ where: { id: messageId }, select: { body: true, authorId: true, roomId: true } });
      if (!message) return null;
      await tx.chatMessage.delete({ where: { id: messageId }, select: { id: true } });
      // Reports name a chat message by its number as text (see Report.targetId).
      await closeReportsAbout(tx, { type: "CHAT_MESSAGE", id: String(messageId) }, "DELETED", admin.id, reason);
      await recordAudit(tx, admin, {
        action: "DELETE_CHAT_MESSAGE",
        target: { type: "CHAT_MESSAGE", id: String(messageId), label: excerpt(message.body), ownerId: message.authorId },
        reason,
      });
      return message;
    });
    if (!deleted) return refused(GONE.message);
    await announceMessageDeleted(deleted.roomId, messageId);
    return done("Message deleted.");
  });
}

const roomSelect = { name: true, createdById: true, lockedAt: true } as const;

export async function lockRoom(admin: Admin, { roomId, reason = "" }: { roomId: string } & Note): Promise<ModerationResult> {
  return asAdmin(async () => {
    const result = await db.$transaction(async (tx) => {
      const room = await tx.chatRoom.findUnique({ where: { id: roomId }, select: roomSelect });
      if (!room) return refused(GONE.room);
      if (room.lockedAt) return refused("This room is locked already.");
      await tx.chatRoom.update({ where: { id: roomId }, data: { lockedAt: new Date() }, select: { id: true } });
      await recordAudit(tx, admin, {
        action: "LOCK_ROOM",
        target: { type: "ROOM", id: roomId, label: room.name, ownerId: room.createdById },
        reason,
      });
      return done(`“${room.name}” is locked: it stays readable, and no one can send messages in it.`);
    });
    if (result.ok) await announceRoomClosed(roomId);
    return result;
  });
}

/** Nobody is in a locked room live (joining it is refused), so there is no one to tell: pages show it open on their next load. */
export async function unlockRoom(admin: Admin, { roomId, reason = "" }: { roomId: string } & Note): Promise<ModerationResult> {
  return asAdmin(async () => {
    return db.$transaction(async (tx) => {
      const room = await tx.chatRoom.findUnique({ where: { id: roomId }, select: roomSelect });
      if (!room) return refused(GONE.room);
      if (!room.lockedAt) return refused("This room is not locked.");
      await tx.chatRoom.update({ where: { id: roomId }, data: { lockedAt: null }, select: { id: true } });
      await recordAudit(tx, admin, {
        action: "UNLOCK_ROOM",
        target: { type: "ROOM", id: roomId, label: room.name, ownerId: room.createdById },
        reason,
      });
      return done(`“${room.name}” is open again.`);
    });
  });
}

/**
 * Deletes a room with its messages (the foreign key cascades). Open reports
 * about messages in it close as "deleted": only the few reported messages
 * are looked up, never the whole room.
 */
export async function deleteRoom(admin: Admin, { roomId, reason = "" }: { roomId: string } & Note): Promise<ModerationResult> {
  return asAdmin(async () => {
    const result = await db.$transaction(async (tx) => {
      // Locked as a send locks it: the count and the reports read are of every message the room goes with.
      await lockRow(tx, "ChatRoom", roomId);
      const room = await tx.chatRoom.findUnique({
        where: { id: roomId },
        select: { ...roomSelect, _count: { select: { messages: true } } },
      });
      if (!room) return refused(GONE.room);
      const reported = await reportedMessagesIn(tx, roomId);
      for (const messageId of reported) await closeReportsAbout(tx, { type: "CHAT_MESSAGE", id: messageId }, "DELETED", admin.id, reason);
      await tx.chatRoom.delete({ where: { id: roomId }, select: { id: true } });
      const messages = room._count.messages;
      await recordAudit(tx, admin, {
        action: "DELETE_ROOM",
        target: { type: "ROOM", id: roomId, label: room.name, ownerId: room.createdById },
        reason,
        detail: `${messages} message${messages === 1 ? "" : "s"} deleted with it`,
      });
      return done(`“${room.name}” is deleted, with its ${messages} message${messages === 1 ? "" : "s"}.`);
    });
    if (result.ok) await announceRoomClosed(roomId);
    return result;
  });
}

/** Ids (as report target ids) of the room's messages that have open reports. */
async function reportedMessagesIn(tx: Prisma.TransactionClient, roomId: string): Promise<string[]> {
  const open = await tx.report.findMany({
    where: { targetType: "CHAT_MESSAGE", status: "OPEN" },
    select: { targetId: true },
    distinct: ["targetId"],
  });
  const ids = open.map((report) => Number(report.targetId)).filter(Number.isSafeInteger);
  if (ids.length === 0) return [];
  const inRoom = await tx.chatMessage.findMany({ where: { roomId, id: { in: ids } }, select: { id: true } });
  return inRoom.map((message) => String(message.id));
}
