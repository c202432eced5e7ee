import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { expect } from "@playwright/test";
import { E2E_DATA_DIR, E2E_PORT, e2eServerEnv } from "./server-env";

/**
 * A second `npm start` beside the shared e2e server, for a test that must
 * stop its server: the same build (the shared server's webServer command
 * made it), its own ports, database and media folder. Its ports are
 * E2E_PORT + its offset (10 unless given) and that + 3001, inside this run's own range.
 */
export type OwnServer = {
  port: number;
  realtimePort: number;
  baseUrl: string;
  databaseFile: string;
  process: ChildProcess;
  /** Everything it printed, for the failure message. */
  output: () => string;
  exited: Promise<number | null>;
  remove: () => void;
};

/** Each spec that starts its own server gives it its own offset from E2E_PORT: specs run in parallel. */
export const ownServerPort = (offset: number) => E2E_PORT + offset;
export const ownServerUrl = (offset: number) => `http://localhost:${ownServerPort(offset)}`;
export const OWN_SERVER_URL = ownServerUrl(10);

/** env: set on top of the e2e server's (WEB_CONCURRENCY, say). */
export async function startOwnServer({
  portOffset = 10,
  env = {},
}: { portOffset?: number; env?: Record<string, string> } = {}): Promise<OwnServer> {
  const port = ownServerPort(portOffset);
  const realtimePort = port + 3001;
  // Otherwise a server left over from an aborted run would answer in its place.
  for (const taken of [port, realtimePort]) {
    expect(await connectionRefused(taken), `port ${taken} is in use: stop what runs there (fuser -k ${taken}/tcp)`).toBe(true);
  }
  const folder = mkdtempSync(path.join(E2E_DATA_DIR, "..", "own-server-"));
  const databaseFile = path.join(folder, "app.db");
  const child = spawn("npm", ["start"], {
    cwd: path.resolve(import.meta.dirname, "../.."),
    env: {
      ...process.env,
      ...e2eServerEnv,
      DATABASE_URL: `file:${databaseFile}`,
      MEDIA_ROOT: path.join(folder, "media"),
      PORT: String(port),
      AUTH_URL: ownServerUrl(portOffset),
      REALTIME_PORT: String(realtimePort),
      PUSHER_PORT: String(realtimePort),
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
    // Its own process group, so that remove() can end npm's children too.
    detached: true,
  });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const baseUrl = ownServerUrl(portOffset);
  await expect(async () => {
    expect(child.exitCode, output).toBeNull();
    expect((await fetch(`${baseUrl}/login`)).status).toBe(200);
  }).toPass({ timeout: 150_000 });
  return {
    port,
    realtimePort,
    baseUrl,
    databaseFile,
    process: child,
    output: () => output,
    exited,
    remove: () => {
      try {
        process.kill(-child.pid!, "SIGKILL");
      } catch {
        // The whole group has exited already.
      }
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

/** Whether a new TCP connection to the port is refused (nothing listens there, or not on that address). */
export function connectionRefused(port: number, host = "localhost"): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, host);
    socket.once("connect", () => {
      socket.destroy();
      resolve(false);
    });
    socket.once("error", (error: NodeJS.ErrnoException) => resolve(error.code === "ECONNREFUSED"));
  });
}
