import { NextResponse } from "next/server";
import { getCurrentUser } from "@/lib/auth/session";
import { openNotification } from "@/lib/notifications/commands";
import { notificationIdSchema } from "@/lib/notifications/schemas";

/**
 * Opening a notification (from the list or a mail): its group is marked
 * read, then the member is sent where it leads. A visitor logs in first and
 * comes back here; an id that is not theirs, or is gone, leads back to the list.
 */
export async function GET(request: Request, { params }: RouteContext<"/notifications/[id]">) {
  const { id } = await params;
  const here = new URL(request.url);
  const member = await getCurrentUser();
  if (!member) return NextResponse.redirect(new URL(`/login?callbackUrl=${encodeURIComponent(here.pathname)}`, here), 303);
  const parsed = notificationIdSchema.safeParse(id);
  const opened = parsed.success ? await openNotification(member, parsed.data) : null;
  return NextResponse.redirect(new URL(opened?.ok ? opened.value : "/notifications", here), 303);
}
