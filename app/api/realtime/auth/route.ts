import { NextResponse } from "next/server";
import { authorizeRoomChannel, type ChannelAuthResult } from "@/lib/chat/channel-auth";
import { readSigningRequest, refuseSigning } from "@/lib/realtime/signing-request";
import { channelAuthRequestSchema } from "@/lib/chat/schemas";

const REFUSALS: Record<Extract<ChannelAuthResult, { ok: false }>["reason"], string> = {
  not_a_room_channel: "Only chat room channels can be joined here.",
  room_not_open: "This room does not exist or is locked.",
  no_member: "Log in to join chat rooms.",
};

/**
 * Channel authorization for pusher-js (form fields socket_id and
 * channel_name): a signed-in member may join the presence channel of an
 * open room, as themselves.
 */
export async function POST(request: Request) {
  const read = await readSigningRequest(request, channelAuthRequestSchema, {
    request: "Channel authorization",
    loggedOut: REFUSALS.no_member,
    malformed: "Send socket_id and channel_name as form fields.",
  });
  if (!read.ok) return read.refusal;
  const result = await authorizeRoomChannel(read.user.id, read.fields.socket_id, read.fields.channel_name);
  if (!result.ok) return refuseSigning(result.reason === "no_member" ? 401 : 403, REFUSALS[result.reason]);
  return NextResponse.json(result.auth);
}
