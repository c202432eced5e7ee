import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/env";
import {
  applySecurityHeaders,
  contentSecurityPolicy,
  createNonce,
  isHttpsRequest,
  MEDIA_CONTENT_SECURITY_POLICY,
} from "@/lib/http/security-headers";
import { mediaUrl } from "@/lib/art/media-url";
import { hasUndecodableSegment } from "@/lib/http/path-segments";
import { AVATAR_MAX_BYTES } from "@/lib/images/limits";
import { pusherClientOptions } from "@/lib/realtime/config";

/** Multipart framing and the form's other fields on top of the file itself. */
const FORM_ALLOWANCE = 64 * 1024;

/**
 * The avatar form posted without JavaScript: the browser cannot refuse an
 * oversize file first, and Next.js would answer a body over the server
 * action limit with a bare error page. Such a post is sent back to the form
 * with a message instead (the file is refused either way). Fetch-based
 * action calls (with JavaScript) carry a Next-Action header; their form
 * refuses the file in the browser.
 */
function isOversizeAvatarPost(request: NextRequest): boolean {
  if (request.method !== "POST" || request.nextUrl.pathname !== "/settings/profile" || request.headers.has("next-action")) return false;
  return Number(request.headers.get("content-length") ?? 0) > AVATAR_MAX_BYTES + FORM_ALLOWANCE;
}

/**
 * The route Next.js renders app/not-found.tsx on, with status 404: an
 * address whose %-escapes do not decode gets the site's own "not found" page
 * instead of the bare 500 Next.js would answer for it.
 */
const NOT_FOUND_ROUTE = "/_not-found";

/** Read once: the browser's realtime endpoint is fixed for the life of the server. */
const realtime = pusherClientOptions();
const MEDIA_PATH = mediaUrl("");

/** Pages get the nonce-carrying policy; uploaded files one under which nothing runs at all. */
function policyFor(request: NextRequest, https: boolean): string {
  if (request.nextUrl.pathname.startsWith(MEDIA_PATH)) return MEDIA_CONTENT_SECURITY_POLICY;
  return contentSecurityPolicy({ nonce: createNonce(), development: process.env.NODE_ENV === "development", https, realtime });
}

/**
 * Every response (pages, actions, route handlers, media, static files,
 * redirects, 404s) leaves with the security headers. The CSP carries a
 * fresh nonce, also set on the request: Next.js finds it there while
 * rendering and puts it on its own inline and bundle scripts.
 */
export function proxy(request: NextRequest) {
  const https = isHttpsRequest(request.headers, request.nextUrl);
  const policy = policyFor(request, https);

  let response: NextResponse;
  if (isOversizeAvatarPost(request)) {
    response = NextResponse.redirect(new URL("/settings/profile?avatar=too-large", request.url), 303);
  } else {
    const requestHeaders = new Headers(request.headers);
    requestHeaders.set("content-security-policy", policy);
    response = hasUndecodableSegment(request.nextUrl.pathname)
      ? NextResponse.rewrite(new URL(NOT_FOUND_ROUTE, request.url), { request: { headers: requestHeaders } })
      : NextResponse.next({ request: { headers: requestHeaders } });
  }

  applySecurityHeaders(response.headers, { policy, https, authUrl: env.AUTH_URL });
  return response;
}

/**
 * Every path but the artwork upload. Next.js copies the body of each request
 * the proxy sees, so the proxy could read it, and keeps only the first 10 MB
 * of that copy (proxyClientMaxBodySize): a larger upload arrived cut short.
 * Raising the limit would hold every upload in memory twice; the upload
 * route needs nothing from the proxy and sets the same security headers
 * itself (app/api/artworks/route.ts).
 */
export const config = {
  matcher: ["/((?!api/artworks$).*)"],
};
