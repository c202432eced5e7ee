/**
 * Browsers send Origin on every POST; a request whose Origin is not this
 * site's host is a cross-site form or script, refused by route handlers
 * that change data (server actions get the same check from Next.js).
 */
export function isSameOriginRequest(headers: Headers): boolean {
  const origin = headers.get("origin");
  const host = headers.get("x-forwarded-host") ?? headers.get("host");
  if (!origin || !host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
