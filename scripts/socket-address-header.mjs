/**
 * Preloaded into the Next.js process by scripts/serve.ts
 * (NODE_OPTIONS=--import=…). Next.js passes a client's own X-Forwarded-For
 * through untouched and shows route handlers and server actions nothing of
 * the socket, so every request its HTTP server receives gets the TCP peer's
 * address in X-Socket-Address before Next.js sees it; a header of that name
 * sent by the client is overwritten. lib/http/client-address.ts then picks
 * it or the proxy's entry by TRUST_PROXY. Plain JavaScript: it loads before
 * anything that could compile TypeScript.
 */
import http from "node:http";

const SOCKET_ADDRESS_HEADER = "x-socket-address";

function recordSocketAddress(request) {
  request.headers[SOCKET_ADDRESS_HEADER] = request.socket.remoteAddress ?? "";
}

const createServer = http.createServer;
http.createServer = function createServerRecordingSocketAddress(...args) {
  return createServer.apply(this, args).prependListener("request", recordSocketAddress);
};
