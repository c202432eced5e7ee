/**
 * An opt-in record of the SQL the app's database connection runs, each
 * statement with the driver's own time for it: how a benchmark splits a call
 * such as listArtworks into its statements and reads their plans, on the
 * app's unchanged client. Prisma's query event would give the SQL too, but
 * its duration includes waiting for the connection (see sqlite-adapter.ts),
 * and its client would have to be built with logging on. Pure (no lib/db).
 */
import type { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";

type Connection = Awaited<ReturnType<PrismaBetterSQLite3["connect"]>>;
type Transaction = Awaited<ReturnType<Connection["startTransaction"]>>;
type SqlQuery = Parameters<Connection["queryRaw"]>[0];

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

type Queryable = Pick<Connection, "queryRaw" | "executeRaw">;

/**
 * Wraps queryRaw/executeRaw in place; when nobody records, a statement costs
 * one null check. better-sqlite3 is synchronous: the driver runs the statement
 * before its first await, so the time to get the promise back is the
 * statement's own. Timing up to the resolved promise instead would also count
 * whatever else ran meanwhile.
 */
function logStatementsOf(target: Queryable, inTransaction: boolean): void {
  for (const method of ["queryRaw", "executeRaw"] as const) {
    const run = target[method].bind(target) as (query: SqlQuery) => Promise<unknown>;
    const logged = (query: SqlQuery) => {
      if (!log) return run(query);
      const started = performance.now();
      const pending = run(query);
      log.push({ ...query, ms: performance.now() - started, inTransaction });
      return pending;
    };
    Object.assign(target, { [method]: logged });
  }
}

/** Logs the statements of a driver connection and of every transaction it starts. */
export function logStatements(connection: Connection): Connection {
  logStatementsOf(connection, false);
  const startTransaction = connection.startTransaction.bind(connection);
  connection.startTransaction = async (isolationLevel) => {
    const transaction: Transaction = await startTransaction(isolationLevel);
    logStatementsOf(transaction, true);
    return transaction;
  };
  return connection;
}
