/**
 * An opt-in record of the SQL the app's database connection runs, each
 * statement with the driver's own time for it: how a benchmark splits a call
 * such as listArtworks into its statements and reads their plans, on the
 * app's unchanged client. Prisma's query event would give the SQL too, but
 * its duration includes waiting for the connection (see sqlite-adapter.ts),
 * and its client would have to be built with logging on. Pure (no lib/db).
 */
import type { SqlDriverAdapter, SqlQuery, SqlQueryable } from "@prisma/driver-adapter-utils";

/** One statement as the driver received it (Prisma's SQL and bound values), with the time the driver took to run it. */
export type LoggedStatement = SqlQuery & { ms: number; inTransaction: boolean };

let log: LoggedStatement[] | null = null;

/**
 * Runs `work` and returns every statement the app's connection ran meanwhile,
 * in order. One recording at a time: statements are not told apart by caller,
 * so whatever else runs meanwhile is recorded too.
 */
export async function recordStatements<T>(work: () => Promise<T>): Promise<{ result: T; statements: LoggedStatement[] }> {
  if (log) throw new Error("recordStatements is already recording");
  const statements: LoggedStatement[] = [];
  log = statements;
  try {
    return { result: await work(), statements };
  } finally {
    log = null;
  }
}

/**
 * How a statement's own time is read. better-sqlite3 is synchronous: the
 * driver runs the statement before its first await, so the time to get the
 * promise back is the statement's own ("returned"); timing up to the
 * resolved promise would also count whatever else ran meanwhile. pg is
 * asynchronous: there only the round trip ("resolved") can be timed.
 */
export type StatementTiming = "returned" | "resolved";

/** Wraps queryRaw/executeRaw in place; when nobody records, a statement costs one null check. */
function logStatementsOf(target: SqlQueryable, inTransaction: boolean, timing: StatementTiming): void {
  for (const method of ["queryRaw", "executeRaw"] as const) {
    const run = target[method].bind(target) as (query: SqlQuery) => Promise<unknown>;
    const logged = (query: SqlQuery) => {
      const recording = log;
      if (!recording) return run(query);
      // In the order they were sent; the time is filled in when it is known.
      const statement: LoggedStatement = { ...query, ms: 0, inTransaction };
      recording.push(statement);
      const started = performance.now();
      const timed = () => void (statement.ms = performance.now() - started);
      const pending = run(query);
      if (timing === "returned") timed();
      else void pending.then(timed, timed);
      return pending;
    };
    Object.assign(target, { [method]: logged });
  }
}

/** Logs the statements of a driver connection and of every transaction it starts. */
export function logStatements<Connection extends SqlDriverAdapter>(connection: Connection, timing: StatementTiming): Connection {
  logStatementsOf(connection, false, timing);
  const startTransaction = connection.startTransaction.bind(connection);
  connection.startTransaction = async (isolationLevel) => {
    const transaction = await startTransaction(isolationLevel);
    logStatementsOf(transaction, true, timing);
    return transaction;
  };
  return connection;
}
