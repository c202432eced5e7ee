/**
 * `npm run bench:quick [-- --skip-build] [-- --port N]`: every benchmark once
 * with --quick (small sizes, no target judged), one after another, each in
 * its own process as its npm script runs it. CI runs this after the tests so
 * that no benchmark can break unnoticed; the ratings and discovery benchmarks
 * run on SQLite and on a throwaway PostgreSQL cluster. bench:art builds the app unless
 * --skip-build is given; bench:pages then serves the same build.
 */
import { spawnSync } from "node:child_process";
import { parseArgs } from "node:util";

const { values: flags } = parseArgs({ options: { "skip-build": { type: "boolean", default: false }, port: { type: "string" } } });
const port = flags.port === undefined ? [] : ["--port", flags.port];
const BENCHMARKS = [
  { name: "realtime", args: [] },
  { name: "ratings", args: ["--database", "both"] },
  { name: "discovery", args: ["--database", "both"] },
  { name: "notifications", args: [] },
  { name: "notifications", args: ["--database", "postgresql"] },
  { name: "art", args: [...(flags["skip-build"] ? ["--skip-build"] : []), ...port] },
  { name: "pages", args: ["--skip-build", ...port] },
  { name: "http", args: ["--skip-build", ...port] },
];

const started = performance.now();
const failed: string[] = [];
const took: string[] = [];
for (const { name, args } of BENCHMARKS) {
  const start = performance.now();
  const run = spawnSync("npm", ["run", `bench:${name}`, "--", "--quick", ...args], { stdio: "inherit" });
  const seconds = ((performance.now() - start) / 1000).toFixed(0);
  took.push(`bench:${name} ${seconds} s`);
  if (run.status !== 0) failed.push(`bench:${name} (${run.error?.message ?? `exit ${run.status ?? run.signal}`})`);
}
console.log(`\nbench:quick: ${took.join(", ")}; ${((performance.now() - started) / 1000).toFixed(0)} s in all`);
if (failed.length > 0) {
  console.error(`bench:quick: failed: ${failed.join(", ")}`);
  process.exitCode = 1;
}
