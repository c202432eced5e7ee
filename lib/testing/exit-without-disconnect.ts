/**
 * For client.test.ts, run as its own process: writes to the SQLite file
 * given as the argument through the app's client, reports whether the WAL
 * file exists while the connection is open, then exits the way `next start`
 * does after its drain (process.exit, no $disconnect).
 */
import { existsSync } from "node:fs";
import { createSqliteClient } from "@/lib/database/client";

const [databaseFile] = process.argv.slice(2);
const db = createSqliteClient(databaseFile);
await db.$executeRawUnsafe("CREATE TABLE Painting (title TEXT NOT NULL)");
for (const title of ["Harbour at dawn", "Violet field", "Night market"]) {
  await db.$executeRaw`INSERT INTO Painting (title) VALUES (${title})`;
}
console.log(JSON.stringify({ walWhileOpen: existsSync(`${databaseFile}-wal`) }));
process.exit(0);
