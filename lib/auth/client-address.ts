/**
 * The address a request came from, for throttling. Behind a reverse proxy,
 * the proxy appends the real peer as the last X-Forwarded-For entry; served
 * directly, Next.js fills the header from the socket. (Exposed directly, a
 * client can forge the header and dodge the per-address limit; the
 * per-account limit still holds, and production runs behind a proxy.)
 */
export function clientAddressOf(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for");
  const last = forwarded?.split(",").at(-1)?.trim();
  return last || headers.get("x-real-ip") || "unknown";
}
