import { PrismaClient } from "@/lib/generated/prisma/client";
import { SqliteAdapter } from "@/lib/database/sqlite-adapter";

/** A Prisma client on the SQLite file, with the connection pragmas applied. */
export function createDatabaseClient(databaseFile: string): PrismaClient {
  return new PrismaClient({ adapter: new SqliteAdapter(databaseFile) });
}
