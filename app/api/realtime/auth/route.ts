import { NextResponse } from "next/server";
import { formFields } from "@/lib/actions/validated-action";
import { getCurrentUser } from "@/lib/auth/session";
import { authorizeRoomChannel, type ChannelAuthResult } from "@/lib/chat/channel-auth";
import { isSameOriginRequest } from "@/lib/http/same-origin";
import { channelAuthRequestSchema } from "@/lib/validation/chat";

/** pusher-js posts two short fields; anything much larger is not from it. */
const MAX_BODY_BYTES = 1_024;

const REFUSALS: Record<Extract<ChannelAuthResult, { ok: false }>["reason"], string> = {
  not_a_room_channel: "Only chat room channels can be joined here.",
  room_not_open: "This room does not exist or is locked.",
  no_member: "Log in to join chat rooms.",
};

function refuse(status: number, error: string) {
  return NextResponse.json({ error }, { status });
}

/**
 * Channel authorization for pusher-js (form fields socket_id and
 * channel_name): a signed-in member may join the presence channel of an
 * open room, as themselves.
 */
export async function POST(request: Request) {
  if (!isSameOriginRequest(request.headers)) return refuse(403, "Channel authorization must come from this site.");
  const user = await getCurrentUser();
  if (!user) return refuse(401, "Log in to join chat rooms.");
  // formData() would buffer a body of any size; pusher-js always declares its length.
  const declaredLength = request.headers.get("content-length");
  if (!declaredLength || !/^\d+$/.test(declaredLength)) return refuse(411, "The request must declare its length.");
  if (Number(declaredLength) > MAX_BODY_BYTES) return refuse(413, "The request is too large.");
  const form = await request.formData().catch(() => null);
  const parsed = channelAuthRequestSchema.safeParse(form ? formFields(form) : {});
  if (!parsed.success) return refuse(400, "Send socket_id and channel_name as form fields.");
  const result = await authorizeRoomChannel(user.id, parsed.data.socket_id, parsed.data.channel_name);
  if (!result.ok) return refuse(result.reason === "no_member" ? 401 : 403, REFUSALS[result.reason]);
  return NextResponse.json(result.auth);
}
