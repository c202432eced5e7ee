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

function createPusher(): Pusher {
  const { host, port, cluster, ...credentials } = pusherServerOptions();
  const options = { ...credentials, timeout: REQUEST_TIMEOUT_MS };
  // With a host (our own server, or any Pusher-compatible cluster) the app
  // talks to it; with only a cluster, to Pusher's cloud.
  if (host) return new Pusher({ ...options, host, port: port === undefined ? undefined : String(port) });
  return new Pusher({ ...options, cluster: cluster ?? "mt1" });
}

/** The app's server-side client of the realtime server's HTTP API (it holds the secret). */
export const pusher = createPusher();
