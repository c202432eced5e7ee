/**
 * The realtime server under test in a process of its own (scripts/realtime-server.ts,
 * as `npm start` runs it), so its memory is its own and measurable.
 */
import { readFileSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { spawnGroup, type GroupProcess } from "../support/processes";

const START_LIMIT_MS = 30_000;

export type RealtimeCredentials = { appId: string; key: string; secret: string };
export type ServerUnderTest = { process: GroupProcess; port: number; rssBytes: () => number };

/** A port nothing listens on right now (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/** Resident memory of a process, from /proc (Linux). */
function residentBytes(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kilobytes = /^VmRSS:\s+(\d+) kB$/m.exec(status)?.[1];
  if (!kilobytes) throw new Error(`no VmRSS for process ${pid}`);
  return Number(kilobytes) * 1024;
}

/**
 * `connectionsFromLoopback`: the clients all connect from 127.0.0.1, as no
 * real crowd does, so the server is configured to take that many from one
 * address (REALTIME_MAX_CONNECTIONS_PER_ADDRESS) instead of refusing past its default.
 */
export async function startRealtimeServer(
  repoRoot: string,
  credentials: RealtimeCredentials,
  connectionsFromLoopback: number,
): Promise<ServerUnderTest> {
  const port = await freePort();
  const script = path.join(repoRoot, "scripts", "realtime-server.ts");
  // Node itself, with this process's flags (tsx's loader): the pid is the server's, not a wrapper's.
  const child = spawnGroup(process.execPath, [...process.execArgv, script], {
    cwd: repoRoot,
    env: {
      ...process.env,
      NODE_ENV: "development",
      REALTIME_PORT: String(port),
      PUSHER_APP_ID: credentials.appId,
      PUSHER_KEY: credentials.key,
      PUSHER_SECRET: credentials.secret,
      REALTIME_MAX_CONNECTIONS_PER_ADDRESS: String(connectionsFromLoopback),
    },
  });
  let exited = false;
  void child.exited.then(() => (exited = true));
  const deadline = performance.now() + START_LIMIT_MS;
  while (performance.now() < deadline && !exited) {
    // Any answer will do (401 without a signature): the server listens.
    const status = await fetch(`http://127.0.0.1:${port}/apps/${credentials.appId}/channels`).then(
      (response) => response.status,
      () => 0,
    );
    if (status !== 0) return { process: child, port, rssBytes: () => residentBytes(child.pid) };
    await sleep(100);
  }
  await child.stop();
  throw new Error(`the realtime server did not start on port ${port}:\n${child.tail().join("\n")}`);
}
