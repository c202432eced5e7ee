import "server-only";
import { broadcastToRoom } from "@/lib/chat/broadcast";
import { ROOM_EVENTS } from "@/lib/chat/channels";
import { lockRow } from "@/lib/database/row-lock";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { LIMITS } from "@/lib/rate-limit/limits";
import { takeTurn } from "@/lib/rate-limit/rate-limiter";
import { overLimitMessage } from "@/lib/rate-limit/wait";
import { done, refused, type Result } from "@/lib/result";
import { authorSelect, toAuthorSummary, type AuthorSummary } from "@/lib/users/authors";
import type { MessagePageQuery } from "@/lib/chat/schemas";

/** How many messages a room shows at first, and loads at a time after that. */
export const MESSAGES_PER_PAGE = 50;

/** One message as pages and the realtime channel carry it: plain JSON. `seq` is its place in the room, the cursor pages read by. */
export type ChatMessageData = {
  id: number;
  seq: number;
  roomId: string;
  body: string;
  createdAt: string;
  authorId: string;
  author: AuthorSummary;
};
/** Oldest first; `more` says whether the direction read has further messages than the page holds. */
export type MessagePage = { messages: ChatMessageData[]; more: boolean };

const messageSelect = {
  id: true,
  seq: true,
  roomId: true,
  body: true,
  createdAt: true,
  authorId: true,
  author: { select: authorSelect },
} as const;

type MessageRow = {
  id: number;
  seq: number;
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
 * A page of a room's messages by seq: the latest ones, those just before a
 * message (scrolling back), or those just after one (catching up after a
 * reconnect; a seq is visible only once every earlier one is, so nothing
 * committed since can be missed).
 */
export async function listMessages(roomId: string, query: MessagePageQuery | "latest" = "latest"): Promise<MessagePage> {
  const forward = query !== "latest" && "after" in query;
  const seq = query === "latest" ? undefined : "after" in query ? { gt: query.after } : { lt: query.before };
  const rows = await db.chatMessage.findMany({
    where: { roomId, seq },
    orderBy: { seq: forward ? "asc" : "desc" },
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

type NewMessage = { roomId: string; authorId: string; body: string; createdAt?: Date };

/**
 * Stores a message as the room's next seq, inside the caller's transaction.
 * Incrementing lastSeq locks the room's row until the commit, so sends to a
 * room commit in seq order: a reader that sees seq N sees every seq before
 * it (ids give no such promise on PostgreSQL, where an id taken first can
 * commit last).
 */
export async function appendMessage(tx: Prisma.TransactionClient, { createdAt = new Date(), ...message }: NewMessage) {
  const room = await tx.chatRoom.update({
    where: { id: message.roomId },
    data: { lastSeq: { increment: 1 }, lastActivityAt: createdAt },
    select: { lastSeq: true },
  });
  return tx.chatMessage.create({ data: { ...message, createdAt, seq: room.lastSeq }, select: messageSelect });
}

/** A message stored with none of a member's checks (room, limit) and no broadcast: the demo seed's and the tests'. */
export function storeMessage(message: NewMessage) {
  return db.$transaction((tx) => appendMessage(tx, message));
}

/**
 * Stores a member's message, then broadcasts it. The room check, the rate
 * limit and the insert share one transaction, so two quick sends cannot
 * both slip under the limit; the room's row is locked first, so a room
 * locked by moderators meanwhile takes no message. The broadcast comes
 * after the commit: a realtime server that is down costs the live update,
 * never the message.
 */
export async function postMessage(
  roomId: string,
  authorId: string,
  body: string,
  { now = new Date(), exceptSocketId }: PostOptions = {},
): Promise<Result<PostedMessage>> {
  const stored = await db.$transaction(async (tx): Promise<Result<ChatMessageData>> => {
    if (!(await lockRow(tx, "ChatRoom", roomId))) return refused(ROOM_GONE);
    const room = await tx.chatRoom.findUniqueOrThrow({ where: { id: roomId }, select: { lockedAt: true } });
    if (room.lockedAt) return refused(ROOM_LOCKED);
    const turn = await takeTurn({ limit: LIMITS.chatMessage, subject: authorId }, { client: tx, now: now.getTime() });
    if (!turn.ok) return refused(overLimitMessage("send", "message", LIMITS.chatMessage, turn.retryAfterMs), "body");
    return done(toMessageData(await appendMessage(tx, { roomId, authorId, body, createdAt: now })));
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
