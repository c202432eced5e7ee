import { roomIdSchema } from "@/lib/validation/chat";

/** Every chat room has one presence channel: members see who else is in the room. */
export const ROOM_CHANNEL_PREFIX = "presence-room-";

export function roomChannel(roomId: string): string {
  return `${ROOM_CHANNEL_PREFIX}${roomId}`;
}

/** The room id a channel name stands for, or null for any other channel. */
export function roomIdOfChannel(channel: string): string | null {
  if (!channel.startsWith(ROOM_CHANNEL_PREFIX)) return null;
  const roomId = roomIdSchema.safeParse(channel.slice(ROOM_CHANNEL_PREFIX.length));
  return roomId.success ? roomId.data : null;
}

/** Events on a room's channel: the server's, and the one members send each other. */
export const ROOM_EVENTS = {
  message: "message",
  messageDeleted: "message-deleted",
  /** Moderators locked or deleted the room: pages in it reload it, to show it read-only or gone. */
  roomClosed: "room-closed",
  typing: "client-typing",
} as const;
