import "server-only";

// TEMPORARY copy on the chat branch so it compiles: the realtime branch owns
// this file (validated through lib/env) and its version replaces this one
// at the merge. The exported names and shapes are the same as there.

type ServerCredentials = { appId: string; key: string; secret: string; useTLS: boolean };

/** Options for `new Pusher(...)` from "pusher", the app's server-side client (which holds the secret). */
export type PusherServerOptions = (ServerCredentials & { host: string; port?: string; cluster?: string }) | (ServerCredentials & { cluster: string });

/** Options for `new Pusher(key, options)` from "pusher-js" in the browser: never the secret. */
export type PusherClientOptions = {
  key: string;
  wsHost?: string;
  wsPort?: number;
  wssPort?: number;
  forceTLS: boolean;
  cluster: string;
  enabledTransports: ["ws", "wss"];
  disableStats: true;
};

const variable = (name: string) => process.env[name]?.trim() || undefined;

function realtimeSettings() {
  const cluster = variable("PUSHER_CLUSTER");
  return {
    credentials: {
      appId: variable("PUSHER_APP_ID") ?? "artist-collective",
      key: variable("PUSHER_KEY") ?? "dev-key",
      secret: variable("PUSHER_SECRET") ?? "dev-secret-not-for-production",
      useTLS: variable("PUSHER_USE_TLS") === "true",
    },
    host: variable("PUSHER_HOST") ?? (cluster ? undefined : "127.0.0.1"),
    port: variable("PUSHER_PORT") ?? variable("REALTIME_PORT") ?? "6001",
    cluster,
  };
}

export function pusherServerOptions(): PusherServerOptions {
  const { credentials, host, port, cluster } = realtimeSettings();
  return host ? { ...credentials, host, port } : { ...credentials, cluster: cluster ?? "mt1" };
}

export function pusherClientOptions(): PusherClientOptions {
  const { credentials, host, port, cluster } = realtimeSettings();
  return {
    key: credentials.key,
    ...(host ? { wsHost: host, wsPort: Number(port), wssPort: Number(port) } : {}),
    forceTLS: credentials.useTLS,
    cluster: cluster ?? "mt1",
    enabledTransports: ["ws", "wss"],
    disableStats: true,
  };
}
