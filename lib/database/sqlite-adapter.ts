/**
 * The SQLite driver adapter shared by the app (lib/db.ts) and the Prisma CLI
 * (prisma.config.ts). Pure, so the CLI can load it outside Next.js.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import type Database from "better-sqlite3";
import { logStatements } from "./statement-log";

/**
 * Applied on every connection: WAL lets readers run beside the writer,
 * busy_timeout makes a second writer wait instead of failing, NORMAL is
 * durable under WAL, and SQLite leaves foreign keys off unless asked.
 */
export const CONNECTION_PRAGMAS = [
  "PRAGMA journal_mode = WAL",
  "PRAGMA foreign_keys = ON",
  "PRAGMA busy_timeout = 5000",
  "PRAGMA synchronous = NORMAL",
  // Gathers planner statistics where they are missing or stale (SQLite's
  // advice for long-lived connections): without them the period galleries
  // pick a read-and-sort plan, 100 ms instead of 8 ms on 100,000 artworks.
  "PRAGMA optimize = 0x10002",
];

type Connection = Awaited<ReturnType<PrismaBetterSQLite3["connect"]>>;
type Transaction = Awaited<ReturnType<Connection["startTransaction"]>>;

/** A first-come, first-served lock: acquire() resolves with the function that releases it. */
class ConnectionLock {
  #tail: Promise<void> = Promise.resolve();

  acquire(): Promise<() => void> {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const acquired = this.#tail.then(() => release);
    this.#tail = this.#tail.then(() => released);
    return acquired;
  }

  async runExclusive<T>(work: () => Promise<T>): Promise<T> {
    const release = await this.acquire();
    try {
      return await work();
    } finally {
      release();
    }
  }
}

/**
 * The driver runs every query on one connection and locks it only against
 * other transactions, so a query from another request, made while a
 * transaction awaits, would run inside it: reading its uncommitted rows, and
 * rolled back with it. Here every query outside a transaction waits for the
 * open transaction to end. (A second connection would not help: the driver
 * is synchronous, so waiting on SQLite's write lock would block the event
 * loop the open transaction needs to finish.)
 */
function serializeTransactions(connection: Connection): Connection {
  const lock = new ConnectionLock();
  const exclusive =
    <A extends unknown[], R>(method: (...args: A) => Promise<R>) =>
    (...args: A) =>
      lock.runExclusive(() => method.apply(connection, args));
  const startTransaction = connection.startTransaction.bind(connection);
  return Object.assign(connection, {
    queryRaw: exclusive(connection.queryRaw),
    executeRaw: exclusive(connection.executeRaw),
    executeScript: exclusive(connection.executeScript),
    async startTransaction(...args: Parameters<Connection["startTransaction"]>): Promise<Transaction> {
      const release = await lock.acquire();
      try {
        return releaseOnEnd(await startTransaction(...args), release);
      } catch (error) {
        release();
        throw error;
      }
    },
  });
}

function releaseOnEnd(transaction: Transaction, release: () => void): Transaction {
  const commit = transaction.commit.bind(transaction);
  const rollback = transaction.rollback.bind(transaction);
  return Object.assign(transaction, {
    commit: () => commit().finally(release),
    rollback: () => rollback().finally(release),
  });
}

/**
 * Transactions take the write lock as they begin (BEGIN IMMEDIATE), waiting
 * busy_timeout for it. The driver begins them DEFERRED: a transaction that
 * read first then found that another process had written meanwhile (a
 * second web process, a script, a test's own connection) could not take
 * the lock, and failed at once with SQLITE_BUSY_SNAPSHOT, "database is
 * locked", instead of waiting. Within this process transactions run one at
 * a time already (serializeTransactions), so this costs nothing here.
 */
function beginImmediately(database: Database.Database): void {
  const prepare = database.prepare.bind(database);
  database.prepare = ((source: string) => prepare(source === "BEGIN" ? "BEGIN IMMEDIATE" : source)) as typeof database.prepare;
}

/** Statements a connection keeps prepared: every statement the app writes, with room for the IN lists of varying length. */
export const KEPT_STATEMENTS = 500;

type StatementArguments = unknown[];

/**
 * Keeps each statement prepared, by its SQL, for the next time it runs:
 * preparing (parsing and planning) took about 0.1 ms a statement, a third
 * of a gallery page's database time. The driver binds each statement's
 * arguments with bind(), which better-sqlite3 allows once per statement, so
 * it gets a stand-in that passes them to the kept statement on each run:
 * what the driver calls of a statement (reader, columns, raw().all(), run)
 * and nothing else. Least recently used statements are let go beyond
 * KEPT_STATEMENTS.
 */
export function keepStatementsPrepared(database: Database.Database): void {
  const prepare = database.prepare.bind(database);
  const kept = new Map<string, Database.Statement<StatementArguments>>();
  const statementFor = (source: string) => {
    const statement = kept.get(source) ?? prepare<StatementArguments>(source);
    // Map keeps insertion order: re-inserting marks the statement as the most recently used.
    kept.delete(source);
    kept.set(source, statement);
    if (kept.size > KEPT_STATEMENTS) kept.delete(kept.keys().next().value!);
    return statement;
  };
  const runWith = (statement: Database.Statement<StatementArguments>, args: StatementArguments) => ({
    reader: statement.reader,
    columns: () => statement.columns(),
    raw: () => ({ all: () => statement.raw(true).all(args) }),
    run: () => statement.run(args),
  });
  database.prepare = ((source: string) => {
    const statement = statementFor(source);
    return { ...runWith(statement, []), bind: (args: StatementArguments) => runWith(statement, args) };
  }) as unknown as typeof database.prepare;
}

export class SqliteAdapter extends PrismaBetterSQLite3 {
  constructor(databaseFile: string) {
    mkdirSync(path.dirname(databaseFile), { recursive: true });
    super({ url: databaseFile, timeout: 5000 });
  }

  override async connect() {
    return serializeTransactions(logStatements(await this.openConnection(), "returned"));
  }

  /** The driver's connection with the pragmas applied. */
  private async openConnection(): Promise<Connection> {
    const connection = await super.connect();
    await connection.executeScript(`${CONNECTION_PRAGMAS.join(";\n")};`);
    // The driver's statement source is its better-sqlite3 handle, `client`: fail at start-up if an upgrade renames it.
    const database = (connection as unknown as { client?: Database.Database }).client;
    if (typeof database?.prepare !== "function") throw new Error("the SQLite driver adapter no longer exposes its database handle");
    beginImmediately(database);
    keepStatementsPrepared(database);
    return connection;
  }

  /**
   * Works around the Wasm schema engine replaying each migration on the
   * shadow database with one executeRaw, which SQLite drivers limit to a
   * single statement (P3006 in `migrate dev`): multi-statement scripts go
   * through executeScript instead.
   */
  override async connectToShadowDb() {
    const shadow = await super.connectToShadowDb();
    const executeRaw = shadow.executeRaw.bind(shadow);
    shadow.executeRaw = async (query) =>
      query.args.length === 0 && /;\s*\S/.test(query.sql) ? (await shadow.executeScript(query.sql), 0) : executeRaw(query);
    return shadow;
  }
}
