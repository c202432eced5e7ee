/** Any origin will do: the path is resolved against it and must stay on it. */
const THIS_SITE = "http://this-site.invalid";

/**
 * A redirect target from a request (?callbackUrl=, a form field), checked as
 * the browser will read it: parsed by the URL standard, which drops tabs and
 * line breaks, reads backslashes as slashes and resolves dot segments, so
 * "/\t/example.org", "/\\example.org" and "/.//example.org" show their real
 * destination (another site) before anything is decided. Only a path on
 * this site passes, re-serialised as the parser wrote it (percent-encoded,
 * so no raw control character reaches a Location header); anything else
 * falls back.
 */
export function safeRedirectPath(value: unknown, fallback = "/"): string {
  if (typeof value !== "string" || !value.startsWith("/")) return fallback;
  let url: URL;
  try {
    url = new URL(value, THIS_SITE);
  } catch {
    return fallback;
  }
  const path = `${url.pathname}${url.search}${url.hash}`;
  // A path that now starts with two slashes would be read as another host when sent back as a Location.
  return url.origin === THIS_SITE && !path.startsWith("//") ? path : fallback;
}

/** A link to an account page that still returns the member where they were going. */
export function withCallback(path: string, callbackUrl: string): string {
  return callbackUrl === "/" ? path : `${path}?callbackUrl=${encodeURIComponent(callbackUrl)}`;
}
