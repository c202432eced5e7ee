import "server-only";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/** Same-origin files every build's worker keeps, besides the build's own static files. */
export const SHELL_PATHS = [
  "/offline",
  "/manifest.webmanifest",
  "/icons/icon-192.png",
  "/icons/icon-512.png",
  "/icons/maskable-192.png",
  "/icons/maskable-512.png",
  "/icons/apple-touch-icon.png",
];

/** The worker's two source files: pure decisions, then event wiring. */
export type WorkerSources = { policy: string; worker: string };

/** Read with literal paths, so the build traces exactly these two files into the server output. */
export function readWorkerSources(): WorkerSources {
  return {
    policy: readFileSync(path.join(process.cwd(), "lib", "pwa", "worker", "policy.js"), "utf8"),
    worker: readFileSync(path.join(process.cwd(), "lib", "pwa", "worker", "service-worker.js"), "utf8"),
  };
}

type BuildFiles = { id: string; staticPaths: string[] };

/** Every file under <distDir>/static, as the /_next/static/... paths the browser asks for (source maps aside). */
function listStatic(staticDir: string, prefix = "/_next/static"): string[] {
  if (!existsSync(staticDir)) return [];
  return readdirSync(staticDir, { withFileTypes: true }).flatMap((entry) => {
    const urlPath = `${prefix}/${encodeURIComponent(entry.name)}`;
    // The build's output is listed, not bundled: nothing here for the file tracer.
    if (entry.isDirectory()) return listStatic(path.join(/*turbopackIgnore: true*/ staticDir, entry.name), urlPath);
    return entry.name.endsWith(".map") ? [] : [urlPath];
  });
}

/** The running build: its id (a new build, a new id) and its static files. */
export function readBuild(distDir: string): BuildFiles {
  const idFile = path.join(/*turbopackIgnore: true*/ distDir, "BUILD_ID");
  const id = existsSync(idFile) ? readFileSync(idFile, "utf8").trim() : "development";
  return { id, staticPaths: listStatic(path.join(/*turbopackIgnore: true*/ distDir, "static")).sort() };
}

/**
 * The worker's source for this build: the build id and precache list, then
 * policy.js (its `export`s dropped: a classic worker has no modules), then
 * service-worker.js. New build, new bytes: browsers see an update.
 */
export function buildWorkerScript(build: BuildFiles, { policy, worker }: WorkerSources): string {
  const config = { id: build.id, precache: [...SHELL_PATHS, ...build.staticPaths] };
  return [
    `// Artist Collective service worker, build ${build.id}.`,
    `const BUILD = ${JSON.stringify(config)};`,
    policy.replace(/^export /gm, ""),
    worker,
  ].join("\n");
}

let cached: string | undefined;

/** Built once per production server (the build cannot change under it); afresh in development. */
export function workerScript(): string {
  if (cached) return cached;
  const script = buildWorkerScript(readBuild(path.join(/*turbopackIgnore: true*/ process.cwd(), ".next")), readWorkerSources());
  if (process.env.NODE_ENV === "production") cached = script;
  return script;
}
