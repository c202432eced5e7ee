import "server-only";

// TEMPORARY copy on the chat branch so it compiles: the realtime branch owns
// this file (validated through lib/env) and its version replaces this one.

const variable = (name: string, fallback: string) => process.env[name]?.trim() || fallback;

function realtimeSettings() {
  const cluster = process.env.PUSHER_CLUSTER?.trim() || undefined;
  const host = process.env.PUSHER_HOST?.trim() || (cluster ? undefined : "127.0.0.1");
  return {
    appId: variable("PUSHER_APP_ID", "artist-collective"),
    key: variable("PUSHER_KEY", "dev-key"),
    secret: variable("PUSHER_SECRET", "dev-secret-not-for-production"),
    host,
    port: host ? Number(variable("PUSHER_PORT", variable("REALTIME_PORT", "6001"))) : undefined,
    useTLS: variable("PUSHER_USE_TLS", "false") === "true",
    cluster,
  };
}

/** Options for `new Pusher(...)` from "pusher" (server side: holds the secret). */
export function pusherServerOptions() {
  const { appId, key, secret, host, port, useTLS, cluster } = realtimeSettings();
  return { appId, key, secret, host, port, useTLS, cluster };
}

/** Options for `new Pusher(key, options)` from "pusher-js" in the browser: never the secret. */
export function pusherClientOptions() {
  const { key, host, port, useTLS, cluster } = realtimeSettings();
  return {
    key,
    wsHost: host,
    wsPort: port,
    wssPort: port,
    forceTLS: useTLS,
    cluster: cluster ?? "mt1",
    enabledTransports: ["ws", "wss"] as ["ws", "wss"],
    disableStats: true as const,
  };
}
