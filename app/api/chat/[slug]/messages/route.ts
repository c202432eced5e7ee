import { NextResponse, type NextRequest } from "next/server";
import { listMessages } from "@/lib/chat/messages";
import { getRoomBySlug } from "@/lib/chat/rooms";
import { messagePageQuerySchema, roomSlugSchema } from "@/lib/chat/schemas";

/**
 * A page of a room's messages for the room page's script: ?after=<id> to
 * catch up after a reconnect or a send, ?before=<id> for older ones. Rooms
 * are public to read, so visitors may ask too.
 */
export async function GET(request: NextRequest, { params }: RouteContext<"/api/chat/[slug]/messages">) {
  const { searchParams } = request.nextUrl;
  const query = messagePageQuerySchema.safeParse(Object.fromEntries(searchParams));
  // A name given twice would leave one of its values unchecked.
  if (!query.success || new Set(searchParams.keys()).size !== [...searchParams.keys()].length) {
    return NextResponse.json({ error: "Ask for ?after=<message id> or ?before=<message id>." }, { status: 400 });
  }
  const { slug } = await params;
  const room = roomSlugSchema.safeParse(slug).success ? await getRoomBySlug(slug) : null;
  if (!room) return NextResponse.json({ error: "No such room." }, { status: 404 });
  return NextResponse.json(await listMessages(room.id, query.data), { headers: { "Cache-Control": "no-store" } });
}
