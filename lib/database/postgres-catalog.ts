import "server-only";
import pg from "pg";

/**
 * What the backup and copy tools read from a PostgreSQL database's own
 * catalog, so that no list of tables is kept by hand: every table of the
 * schema the connection works in (search_path, `public` unless changed).
 */

export const quoteIdentifier = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** The app's tables and Prisma's migration table, by name. */
export async function tableNames(client: pg.ClientBase): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c
     WHERE c.relkind IN ('r', 'p') AND c.relnamespace = current_schema()::regnamespace
     ORDER BY c.relname COLLATE "C"`,
  );
  return rows.map((row) => row.name);
}

/** Rows in every table (Prisma's migration table included), by table name. */
export async function tableRowCounts(client: pg.ClientBase): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const name of await tableNames(client)) {
    const { rows } = await client.query<{ count: string }>(`SELECT COUNT(*) AS count FROM ${quoteIdentifier(name)}`);
    counts[name] = Number(rows[0].count);
  }
  return counts;
}

/** The migrations applied (prisma migrate deploy's bookkeeping), oldest first; none when the table is missing. */
export async function appliedMigrations(client: pg.ClientBase): Promise<string[]> {
  if (!(await tableNames(client)).includes("_prisma_migrations")) return [];
  const { rows } = await client.query<{ name: string }>(
    `SELECT migration_name AS name FROM _prisma_migrations
     WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name COLLATE "C"`,
  );
  return rows.map((row) => row.name);
}

/** A client on the URL for the duration of `work`. */
export async function withPostgres<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, application_name: "artist-collective-tools" });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
