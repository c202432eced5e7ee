/**
 * Which address a request came from, for the per-address limits. Shared by
 * the app (lib/http/request-address.ts) and the realtime server.
 *
 * Without TRUST_PROXY the TCP peer is the client: an X-Forwarded-For header
 * is the client's own word and is ignored. With it, the app sits behind a
 * reverse proxy that appends the address it saw to X-Forwarded-For, so the
 * last entry is the one nobody but the proxy wrote (entries before it are
 * again the client's word). Only turn it on when nothing but the proxy can
 * reach the app (HOST on loopback or a private network).
 */

/**
 * Set by scripts/socket-address-header.mjs on every request Next.js serves,
 * overwriting any such header a client sent: Next.js gives route handlers
 * and actions no other way to see the socket.
 */
export const SOCKET_ADDRESS_HEADER = "x-socket-address";

export type AddressSources = { socketAddress: string | null | undefined; forwardedFor: string | null | undefined };

/** One address, whichever family: IPv4 peers on a dual-stack socket appear as ::ffff:a.b.c.d. */
function normalised(address: string): string {
  return address.trim().toLowerCase().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, "");
}

export function resolveClientAddress({ socketAddress, forwardedFor }: AddressSources, trustProxy: boolean): string {
  const appendedByProxy = trustProxy ? forwardedFor?.split(",").at(-1) : undefined;
  return normalised(appendedByProxy || socketAddress || "") || "unknown";
}
