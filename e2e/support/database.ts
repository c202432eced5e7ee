import Database from "better-sqlite3";
import { E2E_DATABASE_FILE } from "./server-env";

/** Reads and arranges state in the app's own database file, as an operator could. */
export function withDatabase<T>(work: (db: Database.Database) => T): T {
  const db = new Database(E2E_DATABASE_FILE);
  db.pragma("busy_timeout = 5000");
  try {
    return work(db);
  } finally {
    db.close();
  }
}

export function countUsersNamed(username: string): number {
  return withDatabase(
    (db) => (db.prepare("SELECT COUNT(*) AS n FROM User WHERE usernameKey = ?").get(username.toLowerCase()) as { n: number }).n,
  );
}
