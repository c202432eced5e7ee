import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "@/lib/generated/prisma-postgres/client";
import { SqliteAdapter } from "@/lib/database/sqlite-adapter";
import { logStatements } from "@/lib/database/statement-log";
import type { DatabaseLocation } from "@/lib/env-schema";

type Connection = Awaited<ReturnType<SqliteAdapter["connect"]>>;

/**
 * Connections per app process. PostgreSQL's default of 100 connections then
 * serves several instances; a transaction holds one for its whole length.
 */
const POSTGRES_POOL_SIZE = 10;

/**
 * How long a transaction may wait for a pooled connection, and then run.
 * Prisma's defaults (2 s, 5 s) fail a burst of writes larger than the pool
 * that queue behind one row lock (50 members rating one artwork at once);
 * waiting a little longer is what a member would rather have than an error.
 */
const POSTGRES_TRANSACTION_OPTIONS = { maxWait: 10_000, timeout: 10_000 };

/** The connections this process holds open, so that they are closed when it exits. */
const openConnections = new Set<Connection>();

/**
 * Closing a connection rolls back a transaction left open, checkpoints the
 * WAL into the database file and removes the -wal file, so what a stopped
 * server leaves behind is one self-contained file. It happens on 'exit'
 * because that is the one moment `next start` offers after its SIGTERM
 * drain (listener closed, in-flight requests and after() work finished; it
 * then calls process.exit and runs no hook of ours). 'exit' listeners must
 * be synchronous, and better-sqlite3's close is.
 */
function closeOpenConnections(): void {
  for (const connection of openConnections) void connection.dispose();
}

class ClosingSqliteAdapter extends SqliteAdapter {
  override async connect(): Promise<Connection> {
    const connection = await super.connect();
    if (openConnections.size === 0) process.once("exit", closeOpenConnections);
    openConnections.add(connection);
    const dispose = connection.dispose.bind(connection);
    return Object.assign(connection, {
      dispose() {
        openConnections.delete(connection);
        if (openConnections.size === 0) process.off("exit", closeOpenConnections);
        return dispose();
      },
    });
  }
}

/** A Prisma client on the SQLite file, with the connection pragmas applied, closed at the latest when the process exits. */
export function createSqliteClient(databaseFile: string): PrismaClient {
  return new PrismaClient({ adapter: new ClosingSqliteAdapter(databaseFile) });
}

class LoggedPrismaPg extends PrismaPg {
  override async connect() {
    return logStatements(await super.connect(), "resolved");
  }
}

/**
 * The app's client for the database DATABASE_URL names. Both clients are
 * generated from the same models (prisma/postgres/schema.prisma is derived
 * from prisma/schema.prisma), so the app is typed against the SQLite one:
 * its API is the part both providers share.
 */
export function createDatabaseClient(database: DatabaseLocation): PrismaClient {
  if (database.provider === "sqlite") return createSqliteClient(database.file);
  const client = new PostgresPrismaClient({
    adapter: new LoggedPrismaPg({ connectionString: database.url, max: POSTGRES_POOL_SIZE }),
    transactionOptions: POSTGRES_TRANSACTION_OPTIONS,
  });
  return client as unknown as PrismaClient;
}
