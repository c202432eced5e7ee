import "server-only";
import Pusher from "pusher";
import { pusherServerOptions } from "@/lib/realtime/config";

/**
 * How long one call to the realtime server may take. Chat messages are
 * stored before they are broadcast and the room list shows no counts when
 * they do not come, so giving up early costs nothing; waiting would hold
 * up the page or the send.
 */
const REQUEST_TIMEOUT_MS = 3_000;

/**
 * The app's server-side client of the realtime server's HTTP API (it holds
 * the secret): our own server or any Pusher-compatible host, or Pusher's
 * cloud by cluster, as the configuration says.
 */
export const pusher = new Pusher({ ...pusherServerOptions(), timeout: REQUEST_TIMEOUT_MS });

/**
 * What went wrong with a call, for the log: the SDK's RequestError carries
 * the cause, the HTTP status and the server's answer. The request's URL,
 * which the cause may quote, loses its query: a signed request someone
 * could replay from the log while its timestamp is fresh.
 */
export function describeRealtimeFailure(error: unknown): string {
  if (!(error instanceof Pusher.RequestError)) return String(error);
  const details = [error.error?.message, error.status && `status ${error.status}`, error.body?.slice(0, 200)];
  return [error.message, ...details.filter(Boolean)].join("; ").replace(/(https?:\/\/[^\s?]*)\?\S*/g, "$1");
}
