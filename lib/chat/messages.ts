import "server-only";
import { broadcastToRoom } from "@/lib/chat/broadcast";
import { ROOM_EVENTS } from "@/lib/chat/channels";
import { db } from "@/lib/db";
import { LIMITS } from "@/lib/rate-limit/limits";
import { takeTurn } from "@/lib/rate-limit/rate-limiter";
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

export type PostRefusal = { ok: false; reason: "not_found" | "locked" } | { ok: false; reason: "rate_limited"; retryAfterMs: number };
/** `broadcast` says whether the realtime server took the message; it is stored either way. */
export type PostMessageResult = { ok: true; message: ChatMessageData; broadcast: boolean } | PostRefusal;

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
): Promise<PostMessageResult> {
  const stored = await db.$transaction(async (tx): Promise<PostRefusal | { ok: true; message: ChatMessageData }> => {
    const room = await tx.chatRoom.findUnique({ where: { id: roomId }, select: { lockedAt: true } });
    if (!room) return { ok: false, reason: "not_found" };
    if (room.lockedAt) return { ok: false, reason: "locked" };
    const turn = await takeTurn({ limit: LIMITS.chatMessage, subject: authorId }, { client: tx, now: now.getTime() });
    if (!turn.ok) return { ok: false, reason: "rate_limited", retryAfterMs: turn.retryAfterMs };
    const row = await tx.chatMessage.create({ data: { roomId, authorId, body, createdAt: now }, select: messageSelect });
    await tx.chatRoom.update({ where: { id: roomId }, data: { lastActivityAt: now }, select: { id: true } });
    return { ok: true, message: toMessageData(row) };
  });
  if (!stored.ok) return stored;
  return { ...stored, broadcast: await broadcastToRoom(roomId, ROOM_EVENTS.message, stored.message, exceptSocketId) };
}

/**
 * Deletes the member's own message (someone else's matches nothing), then
 * tells the room. Returns the room it was in, or null when there was no such
 * message of theirs.
 */
export async function deleteOwnMessage(messageId: number, authorId: string, exceptSocketId?: string): Promise<{ roomId: string } | null> {
  const message = await db.chatMessage.findFirst({ where: { id: messageId, authorId }, select: { roomId: true } });
  if (!message) return null;
  const { count } = await db.chatMessage.deleteMany({ where: { id: messageId, authorId } });
  if (count !== 1) return null;
  await announceMessageDeleted(message.roomId, messageId, exceptSocketId);
  return message;
}

/**
 * Takes a deleted message off every page showing the room, whoever deleted
 * it (its author, or a moderator in /admin). Call it after the deletion is
 * committed: a page that misses it still loses the message on reload.
 */
export async function announceMessageDeleted(roomId: string, messageId: number, exceptSocketId?: string): Promise<boolean> {
  return broadcastToRoom(roomId, ROOM_EVENTS.messageDeleted, { id: messageId }, exceptSocketId);
}
