import "server-only";
import { env } from "@/lib/env";
import type { Env } from "@/lib/env-schema";

type ServerCredentials = { appId: string; key: string; secret: string; useTLS: boolean };

/**
 * Options for `new Pusher(...)` from "pusher", the app's server-side client
 * (which holds the secret): a host of our own, or Pusher's cloud by cluster.
 */
export type PusherServerOptions =
  (ServerCredentials & { host: string; port?: string; cluster?: string }) | (ServerCredentials & { cluster: string });

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

type RealtimeEnv = Pick<
  Env,
  | "PUSHER_APP_ID"
  | "PUSHER_KEY"
  | "PUSHER_SECRET"
  | "PUSHER_HOST"
  | "PUSHER_PORT"
  | "PUSHER_USE_TLS"
  | "PUSHER_CLUSTER"
  | "PUSHER_PUBLIC_HOST"
  | "PUSHER_PUBLIC_PORT"
  | "PUSHER_PUBLIC_USE_TLS"
>;

/** pusher-js requires a cluster even when it connects to a host of its own; it is then unused. */
const PLACEHOLDER_CLUSTER = "mt1";

export function serverOptionsFrom(values: RealtimeEnv): PusherServerOptions {
  const credentials = { appId: values.PUSHER_APP_ID, key: values.PUSHER_KEY, secret: values.PUSHER_SECRET, useTLS: values.PUSHER_USE_TLS };
  const cluster = values.PUSHER_CLUSTER;
  if (values.PUSHER_HOST === undefined) {
    // parseEnv leaves the host unset only for Pusher's cloud, which it recognises by the cluster.
    if (cluster === undefined) throw new Error("PUSHER_HOST or PUSHER_CLUSTER must be set");
    return { ...credentials, cluster };
  }
  const port = values.PUSHER_PORT === undefined ? {} : { port: String(values.PUSHER_PORT) };
  return { ...credentials, host: values.PUSHER_HOST, ...port, ...(cluster === undefined ? {} : { cluster }) };
}

/**
 * The browser connects where the app does unless PUSHER_PUBLIC_* say
 * otherwise (say the app reaches the realtime server on 127.0.0.1, browsers
 * through a TLS proxy on the site's host name).
 */
export function clientOptionsFrom(values: RealtimeEnv): PusherClientOptions {
  const host = values.PUSHER_PUBLIC_HOST ?? values.PUSHER_HOST;
  const port = values.PUSHER_PUBLIC_PORT ?? values.PUSHER_PORT;
  return {
    key: values.PUSHER_KEY,
    ...(host === undefined ? {} : { wsHost: host }),
    ...(port === undefined ? {} : { wsPort: port, wssPort: port }),
    forceTLS: values.PUSHER_PUBLIC_USE_TLS ?? values.PUSHER_USE_TLS,
    cluster: values.PUSHER_CLUSTER ?? PLACEHOLDER_CLUSTER,
    enabledTransports: ["ws", "wss"],
    disableStats: true,
  };
}

export function pusherServerOptions(): PusherServerOptions {
  return serverOptionsFrom(env);
}

export function pusherClientOptions(): PusherClientOptions {
  return clientOptionsFrom(env);
}
