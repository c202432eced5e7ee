import { execFile, execFileSync } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { freePort } from "@/lib/testing/services/service-process";

/** A site's database and media folder, as the environment names them. */
export type Site = { databaseUrl: string; mediaRoot: string };

const ROOT = path.join(import.meta.dirname, "..", "..");

/** A new SQLite file with the app's migrations applied, as `npm start` leaves it. */
export function migratedSqliteFile(file: string): void {
  execFileSync("npx", ["--no-install", "prisma", "migrate", "deploy"], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: `file:${file}` },
    stdio: "pipe",
  });
}

/**
 * Runs a step of lib/testing/copy-site.ts in its own process on the site and
 * answers what it printed, parsed. Its broadcasts go to a port nothing
 * listens on: they fail at once, and the messages are stored all the same.
 */
export async function runSiteStep(step: "seed" | "read" | "post", site: Site): Promise<unknown> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ["--import", "tsx", "--import", "./lib/testing/server-only-outside-next.mjs", "lib/testing/copy-site.ts", step],
    {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: site.databaseUrl, MEDIA_ROOT: site.mediaRoot, REALTIME_PORT: String(await freePort()) },
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  return JSON.parse(stdout) as unknown;
}
