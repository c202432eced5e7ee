/**
 * `npm start` with WEB_CONCURRENCY=N above 1 (scripts/serve.ts runs this in
 * place of `next start`): N `next start` processes of one build, sharing one
 * port through Node's cluster module, so a host with N cores serves N pages
 * at once. This process accepts connections and hands each to the next web
 * process in turn; it runs no page itself. SIGINT and SIGTERM are passed on
 * to every web process, each drains as a lone `next start` does, and this
 * exits once all have. Should one die on its own, the others are stopped
 * and this exits non-zero: the supervisor then stops the rest of the site,
 * as it does when a lone `next start` dies. Plain JavaScript, so that it
 * needs nothing but Node.
 *
 * usage: node scripts/web-processes.mjs N start [next start options]
 */
import cluster from "node:cluster";
import { createRequire } from "node:module";

const [countText, ...nextArguments] = process.argv.slice(2);
const count = Number(countText);
if (!Number.isInteger(count) || count < 1 || nextArguments[0] !== "start") {
  console.error("usage: node scripts/web-processes.mjs N start [next start options]");
  process.exit(2);
}

cluster.setupPrimary({ exec: createRequire(import.meta.url).resolve("next/dist/bin/next"), args: nextArguments });

let stopping = false;
let failed = false;
let listening = 0;
let exited = 0;

function stopAll(signal) {
  if (stopping) return;
  stopping = true;
  for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
}

cluster.on("listening", () => {
  listening += 1;
  if (listening === count) console.log(`${count} web processes listening`);
});
cluster.on("exit", (worker, code, signal) => {
  exited += 1;
  if (!stopping) {
    console.error(`web process ${worker.process.pid} exited (${signal ?? `code ${code}`}); stopping the others.`);
    failed = true;
    stopAll("SIGTERM");
  }
  if (exited === count) process.exit(failed ? 1 : 0);
});
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => stopAll(signal === "SIGHUP" ? "SIGTERM" : signal));

for (let index = 0; index < count; index += 1) cluster.fork();
