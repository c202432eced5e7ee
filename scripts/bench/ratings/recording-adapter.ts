/**
 * The app's own SQLite adapter, plus a recorder of the SQL Prisma sends to
 * it. Prisma's `log` option would give the SQL too, but lib/database/client.ts
 * takes no options and formats every query for the event even when nobody
 * listens; here a disabled recorder costs one null check per statement.
 *
 * Pure (no lib/db): safe to import before the workspace has set the environment.
 */
import { PrismaClient } from "@/lib/generated/prisma/client";
import { SqliteAdapter } from "@/lib/database/sqlite-adapter";

type Connection = Awaited<ReturnType<SqliteAdapter["connect"]>>;
type Transaction = Awaited<ReturnType<Connection["startTransaction"]>>;
export type SqlQuery = Parameters<Connection["queryRaw"]>[0];
type Queryable = Pick<Connection, "queryRaw" | "executeRaw">;

/** One statement as the driver received it, with the time the driver took to run it. */
export type Statement = SqlQuery & { ms: number; inTransaction: boolean };

export class StatementRecorder {
  private log: Statement[] | null = null;
  private query: Connection["queryRaw"] | null = null;

  /** Runs `work` and returns every statement it sent, in order. */
  async capture<T>(work: () => Promise<T>): Promise<{ result: T; statements: Statement[] }> {
    const statements: Statement[] = [];
    this.log = statements;
    try {
      return { result: await work(), statements };
    } finally {
      this.log = null;
    }
  }

  record(statement: Statement): void {
    this.log?.push(statement);
  }

  get recording(): boolean {
    return this.log !== null;
  }

  /** The connection's unwrapped queryRaw, so plans never show up among the measured statements. */
  attach(query: Connection["queryRaw"]): void {
    this.query = query;
  }

  /** Runs a statement on the app's connection, unrecorded, and returns the driver's time for it. */
  async time(statement: SqlQuery): Promise<number> {
    if (!this.query) throw new Error("the recording adapter has not connected yet");
    const started = performance.now();
    const pending = this.query(statement);
    const ms = performance.now() - started;
    await pending;
    return ms;
  }

  /** EXPLAIN QUERY PLAN with the statement's own bound values, on the app's connection. */
  async explain(statement: SqlQuery): Promise<PlanLine[]> {
    if (!this.query) throw new Error("the recording adapter has not connected yet");
    const result = await this.query({ ...statement, sql: `EXPLAIN QUERY PLAN ${statement.sql}` });
    const column = (name: string) => result.columnNames.indexOf(name);
    const [id, parent, detail] = [column("id"), column("parent"), column("detail")];
    return result.rows.map((row) => ({ id: Number(row[id]), parent: Number(row[parent]), detail: String(row[detail]) }));
  }
}

export type PlanLine = { id: number; parent: number; detail: string };

/**
 * Wraps queryRaw/executeRaw in place, so whoever later binds them (Prisma
 * does) gets the timed versions. better-sqlite3 is synchronous: the adapter
 * runs the statement before its first await, so the time to get the promise
 * back is the statement's own. Timing up to the resolved promise instead
 * would also count whatever else ran meanwhile, such as the COUNT(*) that
 * listArtworks sends alongside its page query.
 */
function instrument(target: Queryable, recorder: StatementRecorder, inTransaction: boolean): void {
  for (const method of ["queryRaw", "executeRaw"] as const) {
    const original = target[method].bind(target) as (query: SqlQuery) => Promise<unknown>;
    const timed = (query: SqlQuery) => {
      if (!recorder.recording) return original(query);
      const started = performance.now();
      const pending = original(query);
      recorder.record({ ...query, ms: performance.now() - started, inTransaction });
      return pending;
    };
    Object.assign(target, { [method]: timed });
  }
}

class RecordingAdapter extends SqliteAdapter {
  constructor(
    databaseFile: string,
    private readonly recorder: StatementRecorder,
  ) {
    super(databaseFile);
  }

  /** Instruments the driver's own connection, under the app's transaction lock, so each statement is timed as it runs. */
  protected override async openConnection() {
    const connection = await super.openConnection();
    this.recorder.attach(connection.queryRaw.bind(connection));
    instrument(connection, this.recorder, false);
    const startTransaction = connection.startTransaction.bind(connection);
    connection.startTransaction = async (isolationLevel) => {
      const transaction: Transaction = await startTransaction(isolationLevel);
      instrument(transaction, this.recorder, true);
      return transaction;
    };
    return connection;
  }
}

/**
 * A client built exactly as lib/database/client.ts builds it (same adapter
 * class, so the same pragmas), but on the recording adapter.
 */
export function createRecordingClient(databaseFile: string, recorder: StatementRecorder): PrismaClient {
  return new PrismaClient({ adapter: new RecordingAdapter(databaseFile, recorder) });
}

/**
 * lib/db.ts reuses a client it finds on globalThis.database (its guard against
 * dev-mode hot reloads): putting ours there before lib/db is first imported
 * makes listArtworks and rateArtwork run on it unchanged.
 */
export function installAsAppClient(client: PrismaClient): void {
  const slot = globalThis as typeof globalThis & { database?: PrismaClient };
  if (slot.database) throw new Error("lib/db already has a client; install the recording client before importing it");
  slot.database = client;
}
