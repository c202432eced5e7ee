import { existsSync } from "node:fs";
import path from "node:path";
import { freePort, startService, type RunningService } from "@/lib/testing/services/service-process";

const ROOT = path.resolve(import.meta.dirname, "../../..");
const REDIS_SERVER = "/usr/bin/redis-server";
const SERVICES = path.join(ROOT, "e2e/services");
const SOKETI = path.join(SERVICES, "node_modules/.bin/soketi");

export type PusherApp = { id: string; key: string; secret: string };

/** A test that needs a server that is not installed fails, naming how to install it, rather than being skipped. */
function requireInstalled(file: string, install: string): void {
  if (!existsSync(file)) throw new Error(`${file} is missing; install it with: ${install}`);
}

/** A throwaway Redis on a loopback port: nothing written to disk. */
export async function startRedis(): Promise<RunningService> {
  requireInstalled(REDIS_SERVER, "apt-get install -y redis-server");
  const port = await freePort();
  return startService({
    name: "redis-server",
    command: REDIS_SERVER,
    args: ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
    port,
  });
}

/**
 * One soketi node serving `app`, sharing channels, presence and user
 * connections with every other node on the same Redis. Client events and
 * user authentication are on, as the app needs them (typing indicators;
 * ending a member's connections, see lib/realtime/sessions.ts).
 */
export async function startSoketiNode(app: PusherApp, redisPort: number): Promise<RunningService> {
  requireInstalled(SOKETI, "cd e2e/services && npm ci --no-audit --no-fund");
  const [port, metricsPort] = [await freePort(), await freePort()];
  return startService({
    name: `soketi on port ${port}`,
    command: SOKETI,
    args: ["start"],
    port,
    // soketi reads a .env from its working directory: never the app's.
    cwd: SERVICES,
    env: {
      SOKETI_HOST: "127.0.0.1",
      SOKETI_PORT: String(port),
      // Every node opens a metrics listener whether or not metrics are on: it needs a port of its own.
      SOKETI_METRICS_HOST: "127.0.0.1",
      SOKETI_METRICS_SERVER_PORT: String(metricsPort),
      SOKETI_ADAPTER_DRIVER: "redis",
      SOKETI_DB_REDIS_HOST: "127.0.0.1",
      SOKETI_DB_REDIS_PORT: String(redisPort),
      SOKETI_DEFAULT_APP_ID: app.id,
      SOKETI_DEFAULT_APP_KEY: app.key,
      SOKETI_DEFAULT_APP_SECRET: app.secret,
      SOKETI_DEFAULT_APP_ENABLE_CLIENT_MESSAGES: "true",
      SOKETI_DEFAULT_APP_USER_AUTHENTICATION: "true",
      // The bundled server's and Pusher's limit; soketi has none by default.
      SOKETI_DEFAULT_APP_MAX_CLIENT_EVENTS_PER_SEC: "10",
      // Its clients are the test's own; there is nothing to drain on stop.
      SOKETI_SHUTDOWN_GRACE_PERIOD: "0",
    },
  });
}

export type PusherCluster = { redis: RunningService; nodes: RunningService[]; stop(): Promise<void> };

/** Redis and `size` soketi nodes on it, each on its own loopback port; stop() ends them by PID, nodes first. */
export async function startPusherCluster(app: PusherApp, size = 2): Promise<PusherCluster> {
  const redis = await startRedis();
  const nodes: RunningService[] = [];
  // One node at a time: a stopping node evicts its sockets from presence,
  // asking the other nodes over Redis, which must still be there to answer.
  const stop = async () => {
    for (const node of nodes.toReversed()) await node.stop();
    await redis.stop();
  };
  try {
    for (let index = 0; index < size; index += 1) nodes.push(await startSoketiNode(app, redis.port));
  } catch (error) {
    await stop();
    throw error;
  }
  return { redis, nodes, stop };
}
