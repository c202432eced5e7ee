import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { startPostgresCluster } from "../../lib/testing/services/postgres-cluster";
import { startPusherCluster } from "../../lib/testing/services/pusher-cluster";
import { startS3rver } from "../../lib/testing/services/s3rver";
import { freePort, startService } from "../../lib/testing/services/service-process";
import { instanceEnv, REALTIME_APP, SCALE_OUT_DIR, SCALE_OUT_PORT } from "./topology";

const ROOT = path.resolve(import.meta.dirname, "../..");
const INSTANCES = 2;

type Stoppable = { stop(): Promise<void> };

async function migratedDatabase(cluster: Awaited<ReturnType<typeof startPostgresCluster>>): Promise<string> {
  const admin = new pg.Client({ connectionString: cluster.url("postgres") });
  await admin.connect();
  await admin.query(`CREATE DATABASE "app"`).finally(() => admin.end());
  const url = cluster.url("app");
  execFileSync("npx", ["--no-install", "prisma", "migrate", "deploy"], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: url },
    stdio: "pipe",
  });
  return url;
}

function startBalancer(port: number, backends: number[]) {
  return startService({
    name: `load balancer on ${port}`,
    command: process.execPath,
    args: ["--import", "tsx", "e2e/scale-out/load-balancer.ts", String(port), ...backends.map(String)],
    cwd: ROOT,
    port,
  });
}

/**
 * Starts the whole scale-out topology on loopback, each part stopped by its
 * PID in reverse order afterwards: PostgreSQL, s3rver, Redis with two soketi
 * nodes behind a load balancer of their own (browsers' one realtime
 * address), two `next start` instances of one production build (each
 * calling its own soketi node), and the round-robin load balancer in front of them.
 */
export default async function globalSetup() {
  const running: Stoppable[] = [];
  const stopAll = async () => {
    for (const service of running.reverse()) await service.stop();
  };
  try {
    rmSync(SCALE_OUT_DIR, { recursive: true, force: true });
    mkdirSync(SCALE_OUT_DIR, { recursive: true });
    if (!existsSync(path.join(ROOT, ".next/BUILD_ID"))) execFileSync("npm", ["run", "build"], { cwd: ROOT, stdio: "inherit" });

    const cluster = await startPostgresCluster();
    running.push(cluster);
    const databaseUrl = await migratedDatabase(cluster);
    // The tests' workers inherit it: e2e/support/database.ts arranges state in this database instead of the SQLite file.
    process.env.E2E_POSTGRES_URL = databaseUrl;
    const s3 = await startS3rver();
    running.push(s3);
    const realtime = await startPusherCluster(REALTIME_APP, INSTANCES);
    running.push(realtime);

    const s3Env = {
      STORAGE_DRIVER: "s3",
      S3_ENDPOINT: s3.settings.endpoint!,
      S3_BUCKET: s3.settings.bucket,
      S3_REGION: s3.settings.region,
      S3_FORCE_PATH_STYLE: "true",
      S3_ACCESS_KEY_ID: s3.settings.accessKeyId,
      S3_SECRET_ACCESS_KEY: s3.settings.secretAccessKey,
    };
    // Browsers reach the nodes through one address; each instance's own server calls go to its own node.
    const realtimeBalancerPort = await freePort();
    running.push(
      await startBalancer(
        realtimeBalancerPort,
        realtime.nodes.map((node) => node.port),
      ),
    );
    const ports: number[] = [];
    for (const node of realtime.nodes) {
      const port = await freePort();
      const instance = await startService({
        name: `app instance ${ports.length + 1}`,
        command: process.execPath,
        args: ["--import", "tsx", "scripts/serve.ts", "start"],
        cwd: ROOT,
        env: instanceEnv({ port, databaseUrl, s3: s3Env, soketiPort: node.port, publicRealtimePort: realtimeBalancerPort }),
        port,
        readyTimeoutMs: 120_000,
      });
      running.push(instance);
      ports.push(port);
    }
    running.push(await startBalancer(SCALE_OUT_PORT, ports));
  } catch (error) {
    await stopAll();
    throw error;
  }
  return stopAll;
}
