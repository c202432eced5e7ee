import "server-only";
import { broadcastToRoom } from "@/lib/chat/broadcast";
import { ROOM_EVENTS } from "@/lib/chat/channels";
import { db } from "@/lib/db";
import { LIMITS } from "@/lib/rate-limit/limits";
import { takeTurn } from "@/lib/rate-limit/rate-limiter";
import { overLimitMessage } from "@/lib/rate-limit/wait";
import { done, refused, type Result } from "@/lib/result";
import { authorSelect, toAuthorSummary, type AuthorSummary } from "@/lib/users/authors";
import type { MessagePageQuery } from "@/lib/chat/schemas";

/** How many messages a room shows at first, and loads at a time after that. */
export const MESSAGES_PER_PAGE = 50;

/** One message as pages and the realtime channel carry it: plain JSON. */
export type ChatMessageData = { id: number; roomId: string; body: string; createdAt: string; authorId: string; author: AuthorSummary };
/** Oldest first; `more` says whether the direction read has further messages than the page holds. */
export type MessagePage = { messages: ChatMessageData[]; more: boolean };

const messageSelect = { id: true, roomId: true, body: true, createdAt: true, authorId: true, author: { select: authorSelect } } as const;

type MessageRow = {
  id: number;
  roomId: string;
  body: string;
  createdAt: Date;
  authorId: string;
  author: Parameters<typeof toAuthorSummary>[0];
};

function toMessageData(row: MessageRow): ChatMessageData {
  return { ...row, createdAt: row.createdAt.toISOString(), author: toAuthorSummary(row.author) };
}

/**
 * A page of a room's messages: the latest ones, those just before a message
 * (scrolling back), or those just after one (catching up after a reconnect;
 * ids only grow, so nothing stored since can be missed).
 */
export async function listMessages(roomId: string, query: MessagePageQuery | "latest" = "latest"): Promise<MessagePage> {
  const forward = query !== "latest" && "after" in query;
  const id = query === "latest" ? undefined : "after" in query ? { gt: query.after } : { lt: query.before };
  const rows = await db.chatMessage.findMany({
    where: { roomId, id },
    orderBy: { id: forward ? "asc" : "desc" },
    take: MESSAGES_PER_PAGE + 1,
    select: messageSelect,
  });
  const page = rows.slice(0, MESSAGES_PER_PAGE);
  if (!forward) page.reverse();
  return { messages: page.map(toMessageData), more: rows.length > MESSAGES_PER_PAGE };
}

export const ROOM_GONE = "This room no longer exists.";
export const ROOM_LOCKED = "This room is locked: no one can send messages in it.";
export const NOT_YOUR_MESSAGE = "This message does not exist, or it is not yours to delete.";

/** `broadcast` says whether the realtime server took the message; it is stored either way. */
export type PostedMessage = { message: ChatMessageData; broadcast: boolean };

type PostOptions = { now?: Date; exceptSocketId?: string };

/**
 * Stores a member's message, then broadcasts it. The room check, the rate
 * limit and the insert share one transaction, so two quick sends cannot
 * both slip under the limit. The broadcast comes after the commit: a
 * realtime server that is down costs the live update, never the message.
 */
export async function postMessage(
  roomId: string,
  authorId: string,
  body: string,
  { now = new Date(), exceptSocketId }: PostOptions = {},
): Promise<Result<PostedMessage>> {
  const stored = await db.$transaction(async (tx): Promise<Result<ChatMessageData>> => {
    const room = await tx.chatRoom.findUnique({ where: { id: roomId }, select: { lockedAt: true } });
    if (!room) return refused(ROOM_GONE);
    if (room.lockedAt) return refused(ROOM_LOCKED);
    const turn = await takeTurn({ limit: LIMITS.chatMessage, subject: authorId }, { client: tx, now: now.getTime() });
    if (!turn.ok) return refused(overLimitMessage("send", "message", LIMITS.chatMessage, turn.retryAfterMs), "body");
    const row = await tx.chatMessage.create({ data: { roomId, authorId, body, createdAt: now }, select: messageSelect });
    await tx.chatRoom.update({ where: { id: roomId }, data: { lastActivityAt: now }, select: { id: true } });
    return done(toMessageData(row));
  });
  if (!stored.ok) return stored;
  return done({ message: stored.value, broadcast: await broadcastToRoom(roomId, ROOM_EVENTS.message, stored.value, exceptSocketId) });
}

/**
 * Deletes the member's own message (someone else's matches nothing), then
 * tells the room. Answers the room it was in.
 */
export async function deleteOwnMessage(messageId: number, authorId: string, exceptSocketId?: string): Promise<Result<string>> {
  const message = await db.chatMessage.findFirst({ where: { id: messageId, authorId }, select: { roomId: true } });
  if (!message) return refused(NOT_YOUR_MESSAGE);
  const { count } = await db.chatMessage.deleteMany({ where: { id: messageId, authorId } });
  if (count !== 1) return refused(NOT_YOUR_MESSAGE);
  await announceMessageDeleted(message.roomId, messageId, exceptSocketId);
  return done(message.roomId);
}

/**
 * Takes a deleted message off every page showing the room, whoever deleted
 * it (its author, or a moderator in /admin). Call it after the deletion is
 * committed: a page that misses it still loses the message on reload.
 */
export async function announceMessageDeleted(roomId: string, messageId: number, exceptSocketId?: string): Promise<boolean> {
  return broadcastToRoom(roomId, ROOM_EVENTS.messageDeleted, { id: messageId }, exceptSocketId);
}
