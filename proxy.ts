import { NextResponse, type NextRequest } from "next/server";
import { AVATAR_MAX_BYTES } from "@/lib/images/limits";

/** Multipart framing and the form's other fields on top of the file itself. */
const FORM_ALLOWANCE = 64 * 1024;

/**
 * The avatar form posted without JavaScript: the browser cannot refuse an
 * oversize file first, and Next.js would answer a body over the server
 * action limit with a bare error page. Such a post is sent back to the form
 * with a message instead (the file is refused either way).
 */
export function proxy(request: NextRequest) {
  const length = Number(request.headers.get("content-length") ?? 0);
  if (request.method !== "POST" || !(length > AVATAR_MAX_BYTES + FORM_ALLOWANCE)) return NextResponse.next();
  return NextResponse.redirect(new URL("/settings/profile?avatar=too-large", request.url), 303);
}

// Fetch-based action calls (with JavaScript) carry a Next-Action header; their form refuses the file in the browser.
export const config = { matcher: [{ source: "/settings/profile", missing: [{ type: "header", key: "next-action" }] }] };
