import "server-only";
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";

/**
 * PostgreSQL's own client programs (pg_dump, pg_restore, psql), run with
 * the app's DATABASE_URL. The password goes in the environment, not on the
 * command line, where any local user could read it; Prisma's own URL
 * parameters, which libpq refuses, are left out.
 */
const PRISMA_ONLY_PARAMETERS = ["schema", "connection_limit", "pool_timeout", "pgbouncer", "socket_timeout", "statement_cache_size"];

export type PostgresTool = "pg_dump" | "pg_restore" | "psql";

export function libpqConnection(url: string): { dbname: string; env: Record<string, string> } {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = "";
  for (const name of PRISMA_ONLY_PARAMETERS) parsed.searchParams.delete(name);
  return { dbname: parsed.toString(), env: password ? { PGPASSWORD: password } : {} };
}

/** The last lines a tool wrote to stderr: its own explanation of a failure. */
function lastLines(text: string): string {
  return text.trim().split("\n").slice(-5).join(" / ") || "no message";
}

type Run = { url: string; args: string[]; stdin?: NodeJS.ReadableStream; onLine?: (line: string) => void };

/**
 * Runs the tool and resolves once it exits 0; otherwise rejects with what it
 * said. With `onLine`, its standard output is read line by line.
 */
export function runPostgresTool(tool: PostgresTool, { url, args, stdin, onLine }: Run): Promise<void> {
  const connection = libpqConnection(url);
  const child = spawn(tool, [`--dbname=${connection.dbname}`, ...args], {
    env: { ...process.env, ...connection.env },
    stdio: [stdin ? "pipe" : "ignore", onLine ? "pipe" : "ignore", "pipe"],
  });
  return childOutcome(tool, child, stdin, onLine);
}

/** Like runPostgresTool for pg_restore, whose archive is a file and takes no connection: it writes SQL. */
export function readArchive(args: string[], onLine: (line: string) => void): Promise<void> {
  const child = spawn("pg_restore", args, { stdio: ["ignore", "pipe", "pipe"] });
  return childOutcome("pg_restore", child, undefined, onLine);
}

/** pg_restore's SQL for an archive, streamed: to feed psql. */
export function archiveAsSql(args: string[]): { sql: NodeJS.ReadableStream; done: Promise<void> } {
  const child = spawn("pg_restore", [...args, "--file=-"], { stdio: ["ignore", "pipe", "pipe"] });
  return { sql: child.stdout, done: childOutcome("pg_restore", child) };
}

function childOutcome(
  tool: PostgresTool,
  child: ReturnType<typeof spawn>,
  stdin?: NodeJS.ReadableStream,
  onLine?: (line: string) => void,
): Promise<void> {
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
  if (stdin && child.stdin) stdin.pipe(child.stdin);
  const lines = onLine && child.stdout ? createInterface({ input: child.stdout, crlfDelay: Infinity }) : null;
  lines?.on("line", onLine!);
  const closed = lines ? new Promise<void>((resolve) => lines.once("close", () => resolve())) : Promise.resolve();
  return new Promise((resolve, reject) => {
    child.once("error", (error: NodeJS.ErrnoException) =>
      reject(
        new Error(
          error.code === "ENOENT"
            ? `${tool} is not installed here: install PostgreSQL's client programs (apt-get install postgresql-client).`
            : error.message,
        ),
      ),
    );
    child.once("close", (code) => {
      void closed.then(() => (code === 0 ? resolve() : reject(new Error(`${tool} failed: ${lastLines(stderr)}`))));
    });
  });
}
