/** The production build and `next start` under test, both on the bench storage. */
import { existsSync } from "node:fs";
import { connect } from "node:net";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { SERVER_PROCESS_ENV } from "@/lib/deployment/server-process-env";
import { spawnGroup, withTimeout, type GroupProcess } from "./processes";
import { heading, seconds } from "./stats";

const BUILD_LIMIT_MS = 10 * 60_000;
const START_LIMIT_MS = 60_000;

export async function buildApp(repoRoot: string, env: NodeJS.ProcessEnv): Promise<number> {
  const started = performance.now();
  const build = spawnGroup("npm", ["run", "build"], { cwd: repoRoot, env });
  const code = await withTimeout(build.exited, BUILD_LIMIT_MS, "npm run build");
  if (code !== 0) throw new Error(`npm run build failed (exit ${code}):\n${build.tail().join("\n")}`);
  return performance.now() - started;
}

/** --port N: where the benchmark serves, so that two runs (or an e2e server) on one machine do not collide. */
export function portFlag(flag: string | undefined, fallback: number): number {
  const port = flag === undefined ? fallback : Number(flag);
  if (!Number.isInteger(port) || port < 1 || port > 65_535) throw new Error(`--port ${flag}: not a port number`);
  return port;
}

export function hasBuild(repoRoot: string): boolean {
  return existsSync(path.join(repoRoot, ".next", "BUILD_ID"));
}

/** True when something already listens there: the benchmark must not measure someone else's server. */
function portInUse(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    socket.setTimeout(1_000);
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("timeout", () => (socket.destroy(), resolve(false)));
    socket.once("error", () => resolve(false));
  });
}

export type Server = { origin: string; process: GroupProcess };

/**
 * `next start` bound to 127.0.0.1 only, resolved once it answers a page.
 * nodeOptions: for Node itself (say --cpu-prof, which NODE_OPTIONS may not carry).
 * processes: above 1, that many `next start` processes on the port, as
 * `WEB_CONCURRENCY=N npm start` runs them (scripts/web-processes.mjs),
 * resolved once every one listens.
 */
export async function startServer(
  repoRoot: string,
  env: NodeJS.ProcessEnv,
  host: string,
  port: number,
  { nodeOptions = [], processes = 1 }: { nodeOptions?: string[]; processes?: number } = {},
): Promise<Server> {
  if (await portInUse(host, port)) throw new Error(`port ${port} on ${host} is already in use; stop whatever runs there first`);
  const next = path.join(repoRoot, "node_modules", "next", "dist", "bin", "next");
  const nextCommand = ["start", "-H", host, "-p", String(port)];
  const command =
    processes > 1 ? [path.join(repoRoot, "scripts", "web-processes.mjs"), String(processes), ...nextCommand] : [next, ...nextCommand];
  const server = spawnGroup(process.execPath, [...nodeOptions, ...command], {
    cwd: repoRoot,
    env: { ...env, ...SERVER_PROCESS_ENV, NODE_ENV: "production", PORT: String(port), WEB_CONCURRENCY: String(processes) },
  });
  const allListening = () => processes === 1 || server.tail().some((line) => line.includes(`${processes} web processes listening`));
  const origin = `http://${host}:${port}`;
  const deadline = performance.now() + START_LIMIT_MS;
  let exited = false;
  void server.exited.then(() => (exited = true));
  while (performance.now() < deadline && !exited) {
    const status = await fetch(`${origin}/login`, { redirect: "manual", signal: AbortSignal.timeout(2_000) }).then(
      (response) => response.status,
      () => 0,
    );
    if (status === 200 && allListening()) return { origin, process: server };
    await sleep(250);
  }
  await server.stop();
  throw new Error(`next start did not answer within ${START_LIMIT_MS / 1000} s:\n${server.tail().join("\n")}`);
}

/** Builds the app (unless skipBuild: then the existing .next must be there), starts `next start` and says so. */
export async function serveBuild(
  repoRoot: string,
  env: NodeJS.ProcessEnv,
  { skipBuild, host, port }: { skipBuild: boolean; host: string; port: number },
): Promise<Server> {
  heading("Production server");
  if (skipBuild) {
    if (!hasBuild(repoRoot)) throw new Error("--skip-build given but there is no .next/BUILD_ID; run without it once");
    console.log("  npm run build: skipped (--skip-build), using the existing .next");
  } else {
    console.log(`  npm run build: ${seconds(await buildApp(repoRoot, env))}`);
  }
  const started = performance.now();
  const server = await startServer(repoRoot, env, host, port);
  console.log(
    `  next start on ${server.origin} (NODE_ENV=production, bench database) answered after ${seconds(performance.now() - started)}`,
  );
  return server;
}
