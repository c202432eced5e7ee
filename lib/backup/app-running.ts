import "server-only";
import net from "node:net";
import { databaseInUse } from "@/lib/backup/sqlite-files";

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
 * Why the app seems to be running, or null. Two signs, because each misses
 * a moment: the database lock catches any process that has the file open
 * (the app holds one connection from its first query on, whatever port it
 * uses); the ports catch an app that has started but not yet queried.
 */
export async function runningAppEvidence(databaseFile: string, ports: AppPort[]): Promise<string | null> {
  if (databaseInUse(databaseFile)) {
    return `another process has ${databaseFile} open (the app, a worker or a sqlite3 shell)`;
  }
  for (const { variable, port } of ports) {
    if (await portAnswers(port)) return `something answers on 127.0.0.1:${port} (${variable})`;
  }
  return null;
}
