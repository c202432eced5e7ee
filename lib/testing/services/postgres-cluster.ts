import { execFileSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { freePort, startService } from "@/lib/testing/services/service-process";

/** The migrated database a unit-test run makes its databases from (vitest.postgres-setup.ts); nothing connects to it, as a template requires. */
export const TEMPLATE_DATABASE = "template_migrated";

export type PostgresCluster = {
  port: number;
  /** The URL of one database on the cluster (the superuser, no password: trust on loopback only). */
  url(database: string): string;
  stop(): Promise<void>;
};

/** Debian installs PostgreSQL under /usr/lib/postgresql/<major>/bin, off the PATH; POSTGRES_BIN overrides. */
function binaries(): string {
  if (process.env.POSTGRES_BIN) return process.env.POSTGRES_BIN;
  const root = "/usr/lib/postgresql";
  const majors = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  if (majors.length === 0) throw new Error("PostgreSQL is not installed: apt-get install postgresql (or set POSTGRES_BIN)");
  return path.join(root, majors[0], "bin");
}

/** PostgreSQL refuses to run as root: then the cluster belongs to the postgres user. */
function runAs(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const [uid, gid] = ["-u", "-g"].map((flag) => Number(execFileSync("id", [flag, "postgres"], { encoding: "utf8" }).trim()));
  return { uid, gid };
}

/** The port opens before the server takes connections ("the database system is starting up"): wait for a query to answer. */
async function acceptsConnections(url: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
      await client.query("SELECT 1");
      return;
    } catch (error) {
      if (attempt === 100) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    } finally {
      await client.end().catch(() => {});
    }
  }
}

/** What makes a test cluster fast: no fsync, no waiting for the WAL at commit (a crash loses it, which is the point). */
const UNDURABLE = ["fsync=off", "synchronous_commit=off", "full_page_writes=off"];

/**
 * A throwaway cluster in a temporary folder, on a free loopback port, removed
 * when stopped. Tuned for tests unless `durable` (the benchmarks: PostgreSQL's
 * own defaults, what a production server commits with).
 */
export async function startPostgresCluster(port?: number, { durable = false }: { durable?: boolean } = {}): Promise<PostgresCluster> {
  const bin = binaries();
  const owner = runAs();
  const folder = mkdtempSync(path.join(os.tmpdir(), "artist-collective-pg-"));
  if (owner) chownSync(folder, owner.uid, owner.gid);
  const data = path.join(folder, "data");
  execFileSync(
    path.join(bin, "initdb"),
    ["-D", data, "--auth=trust", "--username=postgres", "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync"],
    { stdio: "pipe", cwd: folder, ...owner },
  );
  port ??= await freePort();
  const server = await startService({
    name: "PostgreSQL",
    command: path.join(bin, "postgres"),
    args: ["-D", data, "-p", String(port), "-k", folder, "-c", "listen_addresses=127.0.0.1", "-c", "max_connections=300"].concat(
      ...(durable ? [] : UNDURABLE).map((setting) => ["-c", setting]),
    ),
    port,
    cwd: folder,
    ...owner,
    // SIGTERM waits for every client to leave; SIGINT disconnects them.
    stopSignal: "SIGINT",
  });
  await acceptsConnections(`postgresql://postgres@127.0.0.1:${port}/postgres`);
  const listening = port;
  return {
    port: listening,
    url: (database) => `postgresql://postgres@127.0.0.1:${listening}/${database}`,
    async stop() {
      await server.stop();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
