import "server-only";
import net from "node:net";
import { databaseInUse } from "@/lib/backup/sqlite-files";
import { withPostgres } from "@/lib/database/postgres-catalog";

export type AppPort = { variable: string; port: number };

/** Whether anything accepts a TCP connection on this machine's port (an answer at all, not a healthy one). */
export function portAnswers(port: number, timeoutMs = 1000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port });
    const finish = (answered: boolean) => {
      socket.destroy();
      resolve(answered);
    };
    socket.setTimeout(timeoutMs, () => finish(false));
    socket.once("connect", () => finish(true));
    socket.once("error", () => finish(false));
  });
}

/**
 * The SQLite sign: the database lock catches any process that has the file
 * open (the app holds one connection from its first query on, whatever port
 * it uses).
 */
export async function databaseOpenEvidence(databaseFile: string): Promise<string | null> {
  return databaseInUse(databaseFile) ? `another process has ${databaseFile} open (the app, a worker or a sqlite3 shell)` : null;
}

/**
 * Why the app seems to be running, or null. Two signs, because each misses
 * a moment: the database's (another connection) and the ports, which catch
 * an app that has started but not yet queried, or whose idle connections
 * have closed.
 */
export async function runningAppEvidence(databaseSign: Promise<string | null>, ports: AppPort[]): Promise<string | null> {
  const sign = await databaseSign;
  if (sign) return sign;
  for (const { variable, port } of ports) {
    if (await portAnswers(port)) return `something answers on 127.0.0.1:${port} (${variable})`;
  }
  return null;
}

/**
 * The PostgreSQL sign: other sessions on the database, from any machine
 * (every app instance, a worker, a psql shell). An instance that has been
 * idle for a while may hold none (its pool closes idle connections after
 * ten seconds): the ports catch one on this machine, and instances
 * elsewhere must be stopped first (docs/scaling.md).
 */
export async function otherSessionsEvidence(url: string): Promise<string | null> {
  return withPostgres(url, async (client) => {
    const { rows } = await client.query<{ who: string }>(
      `SELECT COALESCE(NULLIF(application_name, ''), usename) || ' from ' || COALESCE(host(client_addr), 'a local socket') AS who
       FROM pg_stat_activity
       WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'`,
    );
    if (rows.length === 0) return null;
    const who = [...new Set(rows.map((row) => row.who))].join(", ");
    return `${rows.length} other connection${rows.length === 1 ? " is" : "s are"} open to database ${new URL(url).pathname.slice(1)} (${who})`;
  });
}
