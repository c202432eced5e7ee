import "server-only";
import type Pusher from "pusher";
import { roomIdOfChannel } from "@/lib/chat/schemas";
import { presenceDataOf } from "@/lib/chat/presence";
import { isOpenRoom } from "@/lib/chat/rooms";
import { pusher } from "@/lib/realtime/pusher";

export type ChannelAuthResult =
  { ok: true; auth: Pusher.ChannelAuthResponse } | { ok: false; reason: "not_a_room_channel" | "room_not_open" | "no_member" };

/**
 * Signs a member's subscription to a room's presence channel: only room
 * channels, only rooms that exist and are open, and the member's presence
 * details read from the database (the realtime server shows them to the
 * room exactly as signed here).
 */
export async function authorizeRoomChannel(userId: string, socketId: string, channel: string): Promise<ChannelAuthResult> {
  const roomId = roomIdOfChannel(channel);
  if (!roomId) return { ok: false, reason: "not_a_room_channel" };
  if (!(await isOpenRoom(roomId))) return { ok: false, reason: "room_not_open" };
  const presence = await presenceDataOf(userId);
  if (!presence) return { ok: false, reason: "no_member" };
  return { ok: true, auth: pusher.authorizeChannel(socketId, channel, presence) };
}

/**
 * Signs a member's pusher:signin (user authentication): the connection is
 * theirs from then on, so the app can end it with their sessions
 * (lib/realtime/sessions.ts). The user data, like the presence details,
 * comes from the database; null when the member is gone.
 */
export async function authenticateMember(userId: string, socketId: string): Promise<Pusher.UserAuthResponse | null> {
  const presence = await presenceDataOf(userId);
  return presence ? pusher.authenticateUser(socketId, { id: userId, user_info: presence.user_info }) : null;
}
