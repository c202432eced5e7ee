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

import { isIPv6 } from "node:net";

/**
 * Set by scripts/socket-address-header.mjs on every request Next.js serves,
 * overwriting any such header a client sent: Next.js gives route handlers
 * and actions no other way to see the socket.
 */
export const SOCKET_ADDRESS_HEADER = "x-socket-address";

export type AddressSources = { socketAddress: string | null | undefined; forwardedFor: string | null | undefined };

/**
 * The first four groups of an IPv6 address: one subscriber is usually given
 * a whole /64, so counting single addresses there would count nothing.
 */
function ipv6Network(address: string): string {
  const [head, tail] = address.split("::");
  const groupsOf = (part: string | undefined) =>
    part ? part.split(":").flatMap((group) => (group.includes(".") ? ["0", "0"] : [group])) : [];
  const [before, after] = [groupsOf(head), groupsOf(tail)];
  const groups = tail === undefined ? before : [...before, ...Array<string>(8 - before.length - after.length).fill("0"), ...after];
  return `${groups
    .slice(0, 4)
    .map((group) => parseInt(group, 16).toString(16))
    .join(":")}::/64`;
}

/**
 * Whom a per-address limit counts: an IPv4 address (also when it reaches a
 * dual-stack socket as ::ffff:a.b.c.d), or an IPv6 /64 network.
 */
function limitSubject(address: string): string {
  const plain = address
    .trim()
    .toLowerCase()
    .replace(/%.*$/, "")
    .replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, "");
  return isIPv6(plain) ? ipv6Network(plain) : plain;
}

export function resolveClientAddress({ socketAddress, forwardedFor }: AddressSources, trustProxy: boolean): string {
  const appendedByProxy = trustProxy ? forwardedFor?.split(",").at(-1)?.trim() : undefined;
  return limitSubject(appendedByProxy || socketAddress || "") || "unknown";
}
