/**
 * Finds dead connections: after `activityTimeoutMs` without a word from a
 * client the server sends pusher:ping, and closes the connection with 4201
 * when no answer (any frame) comes within `pongTimeoutMs`. One timer for all
 * connections, not one each.
 */
import type { ClientConnection } from "./connection";
import { ErrorCode } from "./protocol";

export function startHeartbeat(
  connections: () => Iterable<ClientConnection>,
  activityTimeoutMs: number,
  pongTimeoutMs: number,
): () => void {
  const checkEveryMs = Math.max(50, Math.min(activityTimeoutMs, pongTimeoutMs) / 4);
  const timer = setInterval(() => {
    const now = performance.now();
    for (const connection of connections()) {
      if (connection.pingSentAt !== undefined) {
        if (now - connection.pingSentAt >= pongTimeoutMs) connection.close(ErrorCode.pongNotReceived, "Pong reply not received");
      } else if (now - connection.lastActivity >= activityTimeoutMs) {
        connection.ping();
      }
    }
  }, checkEveryMs);
  timer.unref();
  return () => clearInterval(timer);
}
