import path from "node:path";
import { E2E_PORT, e2eServerEnv } from "../support/server-env";

/** The load balancer's port, fixed so that the config can name the base URL: inside this run's E2E_PORT range. */
export const SCALE_OUT_PORT = E2E_PORT + 20;
export const SCALE_OUT_URL = `http://localhost:${SCALE_OUT_PORT}`;
export const SCALE_OUT_DIR = path.resolve(import.meta.dirname, "../.artifacts/scale-out");

/** The Pusher app every soketi node serves and both instances use. */
export const REALTIME_APP = { id: "artist-collective", key: "scale-out-key", secret: "scale-out-realtime-secret-for-the-test-cluster" };

/** The e2e server's settings for its local folder and bundled realtime server, which a cluster does without. */
// AUTH_URL names the one-machine e2e server, and that run's mail catcher is not this run's.
const ONE_MACHINE_ONLY = new Set(["MEDIA_ROOT", "REALTIME_PORT", "PUSHER_PORT", "AUTH_URL", "SMTP_URL"]);

/**
 * One instance's environment: shared database, bucket and Pusher cluster, its
 * own port and soketi node. What must be equal across instances is equal:
 * AUTH_SECRET (sessions), PUSHER_* (channel signatures) and the build itself
 * (server action ids and their encryption key).
 */
export function instanceEnv(options: {
  port: number;
  databaseUrl: string;
  s3: Record<string, string>;
  soketiPort: number;
  /** Where browsers reach the soketi nodes: one address for every instance, as behind a real load balancer. */
  publicRealtimePort: number;
}): Record<string, string> {
  const shared = Object.fromEntries(Object.entries(e2eServerEnv).filter(([name]) => !ONE_MACHINE_ONLY.has(name)));
  return {
    ...shared,
    MULTI_INSTANCE: "true",
    PORT: String(options.port),
    HOST: "127.0.0.1",
    DATABASE_URL: options.databaseUrl,
    ...options.s3,
    PUSHER_HOST: "127.0.0.1",
    PUSHER_PORT: String(options.soketiPort),
    PUSHER_PUBLIC_HOST: "127.0.0.1",
    PUSHER_PUBLIC_PORT: String(options.publicRealtimePort),
    PUSHER_APP_ID: REALTIME_APP.id,
    PUSHER_KEY: REALTIME_APP.key,
    PUSHER_SECRET: REALTIME_APP.secret,
  };
}
