import "server-only";
import type Pusher from "pusher";
import { MEMBER_CHANNEL_PREFIX, memberChannel } from "@/lib/notifications/types";
import { pusher } from "@/lib/realtime/pusher";

export const isMemberChannel = (channel: string) => channel.startsWith(MEMBER_CHANNEL_PREFIX);

/** Signs a subscription to a member's private channel for that member alone: their unread count is nobody else's business. */
export function authorizeMemberChannel(userId: string, socketId: string, channel: string): Pusher.ChannelAuthResponse | null {
  return channel === memberChannel(userId) ? pusher.authorizeChannel(socketId, channel) : null;
}
