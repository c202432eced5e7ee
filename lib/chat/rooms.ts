import "server-only";
import { requireVerifiedEmail } from "@/lib/auth/email-gate";
import { isUniqueViolation } from "@/lib/database/errors";
import { broadcastToRoom } from "@/lib/chat/broadcast";
import { ROOM_EVENTS } from "@/lib/chat/channels";
import { freeSlug, slugBase } from "@/lib/chat/slug";
import { db } from "@/lib/db";
import { loadPage, type Page } from "@/lib/paging/page";
import { LIMITS } from "@/lib/rate-limit/limits";
import { takeTurn } from "@/lib/rate-limit/rate-limiter";
import { overLimitMessage } from "@/lib/rate-limit/wait";
import { done, refused, type Result } from "@/lib/result";
import { roomNameKey, type NewRoom } from "@/lib/chat/schemas";

export type ChatRoomData = { id: string; slug: string; name: string; description: string; locked: boolean; lastActivityAt: Date };

const roomSelect = { id: true, slug: true, name: true, description: true, lockedAt: true, lastActivityAt: true } as const;

function toRoomData({ lockedAt, ...room }: { lockedAt: Date | null } & Omit<ChatRoomData, "locked">): ChatRoomData {
  return { ...room, locked: lockedAt !== null };
}

/** Rooms a page of /chat lists. */
export const ROOMS_PAGE_SIZE = 20;

/** A page of rooms, the one with the latest activity (a message, or its creation) first; served by the (lastActivityAt, id) index. */
export async function listRooms(page: number): Promise<Page<ChatRoomData>> {
  return loadPage(
    page,
    ROOMS_PAGE_SIZE,
    () => db.chatRoom.count(),
    async (window) =>
      (await db.chatRoom.findMany({ orderBy: [{ lastActivityAt: "desc" }, { id: "desc" }], ...window, select: roomSelect })).map(
        toRoomData,
      ),
  );
}

export async function getRoomBySlug(slug: string): Promise<ChatRoomData | null> {
  const row = await db.chatRoom.findUnique({ where: { slug }, select: roomSelect });
  return row && toRoomData(row);
}

/** True only for a room that exists and is not locked: one members may join and post in. */
export async function isOpenRoom(roomId: string): Promise<boolean> {
  return (await db.chatRoom.count({ where: { id: roomId, lockedAt: null } })) === 1;
}

export const ROOM_NAME_TAKEN = "A room with this name exists already; choose another name or join it";

/**
 * Rooms started at the same moment with names that make the same slug both
 * pick it; the one refused by the unique index tries again and takes the
 * next free one. Every refusal means another room was made, so a few tries
 * are plenty.
 */
const SLUG_ATTEMPTS = 10;

/** One try at creating the room: the name check, the turn under the room limit (a refused room costs none) and the insert. */
function insertRoom(creatorId: string, room: NewRoom, nameKey: string, base: string): Promise<Result<string>> {
  return db.$transaction(async (tx): Promise<Result<string>> => {
    const gate = await requireVerifiedEmail(creatorId, "start chat rooms", tx);
    if (!gate.ok) return gate;
    if (await tx.chatRoom.count({ where: { nameKey } })) return refused(ROOM_NAME_TAKEN, "name");
    const turn = await takeTurn({ limit: LIMITS.room, subject: creatorId }, { client: tx });
    if (!turn.ok) return refused(overLimitMessage("start", "room", LIMITS.room, turn.retryAfterMs));
    const similar = await tx.chatRoom.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } });
    const slug = freeSlug(base, new Set(similar.map((row) => row.slug)));
    await tx.chatRoom.create({ data: { slug, name: room.name, nameKey, description: room.description, createdById: creatorId } });
    return done(slug);
  });
}

/**
 * Creates a room with a slug of its own, and answers the slug. The unique
 * indexes settle what concurrent creations race for: the same name is
 * refused as taken, the same slug is tried again with the next free one.
 */
export async function createRoom(creatorId: string, room: NewRoom): Promise<Result<string>> {
  const nameKey = roomNameKey(room.name);
  const base = slugBase(room.name);
  for (let attempt = 1; ; attempt++) {
    try {
      return await insertRoom(creatorId, room, nameKey, base);
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      if (attempt === SLUG_ATTEMPTS || (await db.chatRoom.count({ where: { nameKey } }))) return refused(ROOM_NAME_TAKEN, "name");
    }
  }
}

/**
 * Tells the pages in a room that moderators locked or deleted it; each
 * reloads the room and shows it read-only (or gone). Call it after the
 * change is committed; a page that misses it learns on its next send.
 */
export async function announceRoomClosed(roomId: string): Promise<boolean> {
  return broadcastToRoom(roomId, ROOM_EVENTS.roomClosed, {});
}
