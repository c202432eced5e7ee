/* Shared with the chat page's browser code, so nothing here imports zod: lib/chat/schemas reads channel names. */

/** Every chat room has one presence channel: members see who else is in the room. */
export const ROOM_CHANNEL_PREFIX = "presence-room-";

export function roomChannel(roomId: string): string {
  return `${ROOM_CHANNEL_PREFIX}${roomId}`;
}

/** Events on a room's channel: the server's, and the one members send each other. */
export const ROOM_EVENTS = {
  message: "message",
  messageDeleted: "message-deleted",
  /** Moderators locked or deleted the room: pages in it reload it, to show it read-only or gone. */
  roomClosed: "room-closed",
  typing: "client-typing",
} as const;
