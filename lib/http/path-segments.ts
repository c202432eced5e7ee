/**
 * One segment of a request path with its %-escapes decoded, or null when
 * they do not decode (a lone "%", or bytes that are not UTF-8, such as
 * "%E0%A4%A"): such an address names nothing, so it is "not found".
 */
export function decodePathSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

/**
 * Whether any segment of the path fails to decode. Next.js decodes the
 * segments of a dynamic route before any page runs, and answers one that
 * fails with a bare 500, so the proxy answers these with the 404 page first.
 */
export function hasUndecodableSegment(pathname: string): boolean {
  return pathname.split("/").some((segment) => decodePathSegment(segment) === null);
}
