import { NextResponse, type NextRequest } from "next/server";
import { parseForm } from "@/lib/actions/parse-form";
import { listMessages } from "@/lib/chat/messages";
import { getRoomBySlug } from "@/lib/chat/rooms";
import { messagePageQuerySchema, roomSlugSchema } from "@/lib/chat/schemas";

/**
 * A page of a room's messages for the room page's script: ?after=<seq> to
 * catch up after a reconnect or a send, ?before=<seq> for older ones. Rooms
 * are public to read, so visitors may ask too.
 */
export async function GET(request: NextRequest, { params }: RouteContext<"/api/chat/[slug]/messages">) {
  // A name given twice arrives as a list, which the schema refuses.
  const query = parseForm(messagePageQuerySchema, request.nextUrl.searchParams);
  if (!query.ok) return NextResponse.json({ error: "Ask for ?after=<message seq> or ?before=<message seq>." }, { status: 400 });
  const { slug } = await params;
  const room = roomSlugSchema.safeParse(slug).success ? await getRoomBySlug(slug) : null;
  if (!room) return NextResponse.json({ error: "No such room." }, { status: 404 });
  return NextResponse.json(await listMessages(room.id, query.value), { headers: { "Cache-Control": "no-store" } });
}
