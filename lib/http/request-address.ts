import "server-only";
import { headers } from "next/headers";
import { env } from "@/lib/env";
import { resolveClientAddress, SOCKET_ADDRESS_HEADER } from "@/lib/http/client-address";

/** The client's address by the TRUST_PROXY setting (see lib/http/client-address.ts). */
export function clientAddressOf(requestHeaders: Headers): string {
  const sources = { socketAddress: requestHeaders.get(SOCKET_ADDRESS_HEADER), forwardedFor: requestHeaders.get("x-forwarded-for") };
  return resolveClientAddress(sources, env.TRUST_PROXY);
}

/** The same, for the request a server action or page is handling. */
export async function currentClientAddress(): Promise<string> {
  return clientAddressOf(await headers());
}
