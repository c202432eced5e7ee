/**
 * `npm run dev` and `npm start`: the bundled realtime server and Next.js
 * (`next dev` or `next start`, with any further arguments) as two child
 * processes of this supervisor; with WEB_CONCURRENCY above 1, `npm start`
 * runs that many `next start` processes on one port (web-processes.mjs).
 * The realtime server starts first, so the site never answers before its
 * chat can connect. SIGINT and SIGTERM are passed on to both and both are
 * waited for; if either dies on its own the other is stopped and this exits
 * non-zero. A signal stops Next.js first, then the realtime server (see
 * stopAll). With a realtime server elsewhere
 * (PUSHER_HOST: soketi or another Pusher-compatible one; PUSHER_CLUSTER:
 * Pusher's cloud) only Next.js runs.
 */
import "./load-env";
import { spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { SERVER_PROCESS_ENV } from "@/lib/deployment/server-process-env";
import { parseEnvOrExit } from "@/lib/env-schema";
import { externalServerLine } from "@/lib/realtime/startup-lines";
import type { MailCatcherReadyMessage } from "./mail-catcher";
import type { ReadyMessage } from "./realtime-server";

const STOP_GRACE_MS = 10_000;
const [mode, ...nextArguments] = process.argv.slice(2);
if (mode !== "dev" && mode !== "start") {
  console.error("usage: tsx scripts/serve.ts dev|start [next options]");
  process.exit(2);
}
/** `next start` runs in production whatever the shell says; so does the realtime server beside it. */
const childEnv = mode === "start" ? { ...process.env, NODE_ENV: "production" as const, ...SERVER_PROCESS_ENV } : process.env;

const env = parseEnvOrExit(childEnv);
/** Each running child, with a promise of its exit. */
const children = new Map<ChildProcess, Promise<void>>();
let stopping = false;
let failed = false;

/**
 * Stops the children last-started first, each after the one before has
 * exited: Next.js drains (refuses new connections, finishes the requests in
 * flight, closes the database) while the realtime server still takes the
 * broadcasts those requests make; then the realtime server tells its
 * clients to reconnect. Whatever still runs after the grace period is
 * killed, and this process then exits non-zero.
 */
async function stopAll(signal: NodeJS.Signals): Promise<void> {
  if (stopping) return;
  stopping = true;
  setTimeout(() => {
    failed ||= children.size > 0;
    for (const child of children.keys()) child.kill("SIGKILL");
  }, STOP_GRACE_MS).unref();
  for (const [child, exited] of [...children].reverse()) {
    child.kill(signal);
    await exited;
  }
}

function run(name: string, args: string[], options: { ipc?: boolean; env: NodeJS.ProcessEnv }): ChildProcess {
  const child = spawn(process.execPath, args, {
    stdio: options.ipc ? ["inherit", "inherit", "inherit", "ipc"] : "inherit",
    env: options.env,
  });
  const exited = new Promise<void>((resolve) =>
    child.on("exit", (code, signal) => {
      children.delete(child);
      if (!stopping) {
        console.error(`${name} exited (${signal ?? `code ${code}`}); stopping the rest.`);
        failed = true;
        void stopAll("SIGTERM");
      }
      resolve();
      if (children.size === 0) process.exit(failed ? 1 : 0);
    }),
  );
  children.set(child, exited);
  return child;
}

for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => void stopAll(signal));

/**
 * Starts one of the scripts beside this one as a child and resolves with its
 * ready message; a child that exits first has already stopped everything.
 */
function startHelper<Ready>(name: string, script: string, isReady: (message: Partial<Ready>) => boolean): Promise<Partial<Ready>> {
  // The same Node flags as this process: tsx's loader, so the child runs TypeScript too.
  const child = run(name, [...process.execArgv, path.join(import.meta.dirname, script)], { ipc: true, env: childEnv });
  return new Promise((resolve) => {
    child.on("message", (message: Partial<Ready>) => {
      if (isReady(message)) resolve(message);
    });
  });
}

if (env.usesBundledRealtime) {
  await startHelper<ReadyMessage>("the realtime server", "realtime-server.ts", (message) => message.realtimeReady === true);
} else {
  console.log(externalServerLine(env));
}
/** Development without SMTP_URL: mail goes to a catcher on this machine, shown on a page, so every link in it can be followed. */
const mailEnv: { SMTP_URL?: string } = {};
if (mode === "dev" && !env.SMTP_URL && !stopping) {
  const ready = await startHelper<MailCatcherReadyMessage>(
    "the mail catcher",
    "mail-catcher.ts",
    (message) => message.mailCatcherReady === true,
  );
  mailEnv.SMTP_URL = ready.smtpUrl;
}
if (!stopping) {
  const next = createRequire(import.meta.url).resolve("next/dist/bin/next");
  // NODE_OPTIONS rather than an argument: `next dev` serves from a child process of its own, which inherits it.
  const socketAddressHeader = `--import=${pathToFileURL(path.join(import.meta.dirname, "socket-address-header.mjs")).href}`;
  const nodeOptions = [process.env.NODE_OPTIONS, socketAddressHeader].filter(Boolean).join(" ");
  const nextCommand = [mode, "--hostname", env.HOST, ...nextArguments];
  // Several web processes only in production: `next dev` compiles on demand, in one process.
  const processes = mode === "start" ? env.WEB_CONCURRENCY : 1;
  const [name, command] =
    processes > 1
      ? [`${processes} next start processes`, [path.join(import.meta.dirname, "web-processes.mjs"), String(processes), ...nextCommand]]
      : [`next ${mode}`, [next, ...nextCommand]];
  run(name, command, { env: { ...childEnv, ...mailEnv, NODE_OPTIONS: nodeOptions } });
}
