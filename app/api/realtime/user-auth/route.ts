import { NextResponse } from "next/server";
import { authenticateMember } from "@/lib/chat/channel-auth";
import { readSigningRequest, refuseSigning } from "@/lib/realtime/signing-request";
import { userAuthRequestSchema } from "@/lib/chat/schemas";

const LOGGED_OUT = "Log in to go live in chat rooms.";

/**
 * User authentication for pusher-js (form field socket_id, posted by
 * pusher.signin()): a signed-in member's connection is signed in as them, so
 * a ban, a deletion, a log-out or a new password can end it.
 */
export async function POST(request: Request) {
  const read = await readSigningRequest(request, userAuthRequestSchema, {
    request: "User authentication",
    loggedOut: LOGGED_OUT,
    malformed: "Send socket_id as a form field.",
  });
  if (!read.ok) return read.refusal;
  const auth = await authenticateMember(read.user.id, read.fields.socket_id);
  return auth ? NextResponse.json(auth) : refuseSigning(401, LOGGED_OUT);
}
