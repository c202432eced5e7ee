/* Loaded in the browser only (the header's bell, a chat room): nothing here may import from the server. */
import Pusher from "pusher-js";
import type { PusherClientOptions } from "@/lib/realtime/config";

/** The realtime server's "connection is unauthorized": it closed the connection because the app ended the member's sessions; pusher-js stays away. */
export const ENDED_BY_THE_APP = 4009;

type Shared = { settings: string; pusher: Pusher; holders: number };

let shared: Shared | null = null;

const isOver = (pusher: Pusher) => ["disconnected", "failed"].includes(pusher.connection.state);

function connect(options: PusherClientOptions): Pusher {
  const { key, ...clientOptions } = options;
  const pusher = new Pusher(key, {
    ...clientOptions,
    channelAuthorization: { endpoint: "/api/realtime/auth", transport: "ajax" },
    userAuthentication: { endpoint: "/api/realtime/user-auth", transport: "ajax" },
  });
  // Signed in as the member, the connection is theirs: the app can end it
  // with their sessions (a log-out, a new password, a ban), on our server,
  // soketi or Pusher's cloud alike.
  pusher.signin();
  return pusher;
}

/**
 * The page's one connection to the realtime server, shared by whatever
 * listens (the bell's private channel, a chat room's presence channel):
 * the first holder opens it, the last one's release closes it. A connection
 * that is over (ended by the app, or given up) is replaced by a new one.
 */
export function holdRealtimeConnection(options: PusherClientOptions): { pusher: Pusher; release: () => void } {
  const settings = JSON.stringify(options);
  if (!shared || shared.settings !== settings || isOver(shared.pusher)) {
    shared?.pusher.disconnect();
    shared = { settings, pusher: connect(options), holders: 0 };
  }
  const held = shared;
  held.holders += 1;
  let released = false;
  return {
    pusher: held.pusher,
    release() {
      if (released) return;
      released = true;
      held.holders -= 1;
      if (held.holders > 0 || shared !== held) return;
      held.pusher.disconnect();
      shared = null;
    },
  };
}
