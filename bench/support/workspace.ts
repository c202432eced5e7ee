/**
 * Throwaway storage for one benchmark run: its own SQLite file (or the
 * database given, on a throwaway PostgreSQL cluster) and media folder under
 * the system temp folder, migrated with the real migrations, so the
 * developer's data/ is never touched.
 */
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { onCleanup } from "./processes";

export type Workspace = {
  root: string;
  databaseFile: string;
  mediaRoot: string;
  /** The variables both the benchmark process and the server under test get. */
  env: Record<string, string>;
};

function createWorkspace(origin: string, databaseUrl: string | undefined): Workspace {
  const root = path.join(os.tmpdir(), `artist-collective-bench-${process.pid}`);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  const databaseFile = path.join(root, "bench.db");
  const mediaRoot = path.join(root, "media");
  const env = {
    DATABASE_URL: databaseUrl ?? `file:${databaseFile}`,
    MEDIA_ROOT: mediaRoot,
    // A fresh secret per run: the benchmark mints its own session cookie with it.
    AUTH_SECRET: randomBytes(36).toString("base64url"),
    // Production refuses the development realtime secret.
    PUSHER_SECRET: randomBytes(20).toString("hex"),
    // Set explicitly so an AUTH_URL from the shell or .env (say an https one,
    // which renames the session cookie) cannot change what is measured.
    AUTH_URL: origin,
    AUTH_TRUST_HOST: "true",
    NEXT_TELEMETRY_DISABLED: "1",
    // One benchmark member uploads far more than a real one may; the limits are settings, not what is measured.
    RATE_LIMIT_UPLOADS: "100000/1h",
    STORAGE_QUOTA_MB: "1000000",
    RATE_LIMIT_SIGNUPS: "100000/1h",
  };
  // Before any @/lib module is imported: lib/env.ts reads these once, at import.
  Object.assign(process.env, env);
  return { root, databaseFile, mediaRoot, env };
}

function migrate(repoRoot: string): void {
  try {
    execFileSync("npx", ["--no-install", "prisma", "migrate", "deploy"], { cwd: repoRoot, env: process.env, stdio: "pipe" });
  } catch (error) {
    const output = error as { stdout?: Buffer; stderr?: Buffer };
    throw new Error(`prisma migrate deploy failed:\n${output.stdout?.toString() ?? ""}${output.stderr?.toString() ?? ""}`);
  }
}

function removeWorkspace(workspace: Workspace): void {
  rmSync(workspace.root, { recursive: true, force: true });
}

/**
 * This run's storage, migrated, in the environment before any @/lib module reads it, and removed however the run ends.
 * `databaseUrl`: a database to use instead of the SQLite file (a PostgreSQL one from startBenchPostgres).
 */
export function setUpWorkspace(repoRoot: string, origin: string, databaseUrl?: string): Workspace {
  const workspace = createWorkspace(origin, databaseUrl);
  onCleanup(() => removeWorkspace(workspace));
  migrate(repoRoot);
  console.log(`throwaway storage: ${workspace.root} (migrated; removed at the end)`);
  return workspace;
}

/** setUpWorkspace, then the app's database client (which reads the workspace's variables when first imported), disconnected at the end. */
export async function setUpWorkspaceWithClient(repoRoot: string, origin: string): Promise<Workspace> {
  const workspace = setUpWorkspace(repoRoot, origin);
  const { db } = await import("@/lib/db");
  onCleanup(() => db.$disconnect());
  return workspace;
}
