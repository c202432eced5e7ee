/**
 * What `npm start` says about realtime when it starts, so an operator sees
 * at once whether this app runs its own single-instance server or uses one
 * elsewhere. Pure (no "server-only"): scripts/serve.ts and
 * scripts/realtime-server.ts print these.
 */
import type { Env } from "@/lib/env-schema";

type Settings = Pick<Env, "PUSHER_APP_ID" | "PUSHER_KEY" | "PUSHER_HOST" | "PUSHER_PORT" | "PUSHER_USE_TLS" | "PUSHER_CLUSTER" | "HOST">;

/**
 * The bundled server keeps channels, presence and connections in this
 * process's memory: a second app instance with its own would split the
 * rooms in two, hence the warning in its first line.
 */
export function bundledServerLine(env: Settings, port: number): string {
  return (
    `Realtime: bundled single-instance server (Pusher protocol 7) for app "${env.PUSHER_APP_ID}" on ws://${env.HOST}:${port}/app/${env.PUSHER_KEY}; ` +
    "for several app instances use soketi or Pusher (docs/scaling.md)"
  );
}

/** When PUSHER_HOST or PUSHER_CLUSTER points elsewhere: where, and that nothing is started here. */
export function externalServerLine(env: Settings): string {
  const where =
    env.PUSHER_HOST === undefined
      ? `Pusher's cloud (cluster ${env.PUSHER_CLUSTER})`
      : `the Pusher-protocol server at ${env.PUSHER_USE_TLS ? "https" : "http"}://${env.PUSHER_HOST}${env.PUSHER_PORT === undefined ? "" : `:${env.PUSHER_PORT}`} (PUSHER_HOST)`;
  return `Realtime: ${where}; the bundled server is not started.`;
}
