import { PrismaClient } from "@/lib/generated/prisma/client";
import { SqliteAdapter } from "@/lib/database/sqlite-adapter";

type Connection = Awaited<ReturnType<SqliteAdapter["connect"]>>;

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
export function createDatabaseClient(databaseFile: string): PrismaClient {
  return new PrismaClient({ adapter: new ClosingSqliteAdapter(databaseFile) });
}
