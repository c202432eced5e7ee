import { NextResponse } from "next/server";
import { authorizeRoomChannel, type ChannelAuthResult } from "@/lib/chat/channel-auth";
import { authorizeMemberChannel, isMemberChannel } from "@/lib/notifications/channel-auth";
import { readSigningRequest, refuseSigning } from "@/lib/realtime/signing-request";
import { channelAuthRequestSchema } from "@/lib/chat/schemas";

const REFUSALS: Record<Extract<ChannelAuthResult, { ok: false }>["reason"], string> = {
  not_a_room_channel: "Only chat room channels and your own notifications can be joined here.",
  room_not_open: "This room does not exist or is locked.",
  no_member: "Log in to join chat rooms.",
};

const MEMBER_CHANNEL_REFUSAL = "This is another member's notification channel.";

/**
 * Channel authorization for pusher-js (form fields socket_id and
 * channel_name): a signed-in member may join the presence channel of an
 * open room, as themselves, and their own private notification channel.
 */
export async function POST(request: Request) {
  const read = await readSigningRequest(request, channelAuthRequestSchema, {
    request: "Channel authorization",
    loggedOut: REFUSALS.no_member,
    malformed: "Send socket_id and channel_name as form fields.",
  });
  if (!read.ok) return read.refusal;
  const { socket_id: socketId, channel_name: channel } = read.fields;
  if (isMemberChannel(channel)) {
    const auth = authorizeMemberChannel(read.user.id, socketId, channel);
    return auth ? NextResponse.json(auth) : refuseSigning(403, MEMBER_CHANNEL_REFUSAL);
  }
  const result = await authorizeRoomChannel(read.user.id, socketId, channel);
  if (!result.ok) return refuseSigning(result.reason === "no_member" ? 401 : 403, REFUSALS[result.reason]);
  return NextResponse.json(result.auth);
}
