import Database from "better-sqlite3";
import pg from "pg";
import { E2E_DATABASE_FILE } from "./server-env";

/** Reads and arranges state in the app's own database file, as an operator could. */
export function withDatabase<T>(work: (db: Database.Database) => T, file = E2E_DATABASE_FILE): T {
  const db = new Database(file);
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

/**
 * Confirms the member's address as an operator could, in whichever database
 * the run uses (the scale-out run's PostgreSQL, or the SQLite file: the e2e
 * server's, or a test's own server's); the time is the sign-up's own, so no
 * date format is written by hand.
 */
export async function confirmAddressOf(username: string, sqliteFile = E2E_DATABASE_FILE): Promise<void> {
  const postgresUrl = process.env.E2E_POSTGRES_URL;
  if (!postgresUrl) {
    withDatabase(
      (db) =>
        db.prepare("UPDATE User SET emailVerifiedAt = createdAt WHERE usernameKey = ? AND email IS NOT NULL").run(username.toLowerCase()),
      sqliteFile,
    );
    return;
  }
  const client = new pg.Client({ connectionString: postgresUrl });
  await client.connect();
  try {
    await client.query(`UPDATE "User" SET "emailVerifiedAt" = "createdAt" WHERE "usernameKey" = $1 AND "email" IS NOT NULL`, [
      username.toLowerCase(),
    ]);
  } finally {
    await client.end();
  }
}
