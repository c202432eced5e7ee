/**
 * npm run db:copy-to-postgres -- --to <postgresql URL> [--from <SQLite file>]
 *
 * Moves a site from SQLite to PostgreSQL: copies every table of the SQLite
 * database (default: the file DATABASE_URL names) into a PostgreSQL
 * database that this version of the app has migrated and that holds no
 * rows, in one transaction, then checks that every table has as many rows
 * as the source. Nothing is written to the SQLite file. Media files are not
 * touched: MEDIA_ROOT keeps serving them.
 *
 * The steps, with the site's own .env:
 *   1. createdb app; DATABASE_URL=postgresql://…/app npm run db:migrate
 *   2. stop the app (the copy reads one snapshot: later writes would be lost)
 *   3. npm run db:copy-to-postgres -- --to postgresql://…/app
 *   4. set DATABASE_URL=postgresql://…/app in .env and start the app
 * A refused or failed copy leaves the target as empty as it was.
 */
import "./load-env";
import path from "node:path";
import { parseArgs } from "node:util";
import { knownMigrations } from "@/lib/backup/cli";
import { databaseInUse } from "@/lib/backup/sqlite-files";
import { copySqliteToPostgres, CopyRefused } from "@/lib/database/copy/copy-database";
import { parseEnvOrExit } from "@/lib/env-schema";

const USAGE = `usage: npm run db:copy-to-postgres -- --to postgresql://user:password@host:5432/database [--from path/to/app.db]
  1. create the database and migrate it: DATABASE_URL=<the --to URL> npm run db:migrate
  2. stop the app: what it writes after the copy starts is not copied
  3. run this; it copies every table in one transaction and refuses a target that holds rows
  4. set DATABASE_URL to the PostgreSQL URL and start the app (media stay in MEDIA_ROOT)`;

function optionsOrExit(): { from: string; to: string } {
  let values: { from?: string; to?: string; help?: boolean };
  try {
    values = parseArgs({ options: { from: { type: "string" }, to: { type: "string" }, help: { type: "boolean", short: "h" } } }).values;
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    process.exit(1);
  }
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  if (!values.to || !/^postgres(ql)?:\/\//.test(values.to)) {
    console.error(`--to must be a PostgreSQL URL.\n${USAGE}`);
    process.exit(1);
  }
  if (values.from) return { from: path.resolve(values.from), to: values.to };
  const { database } = parseEnvOrExit();
  if (database.provider !== "sqlite") {
    console.error(`DATABASE_URL names PostgreSQL already: name the SQLite file with --from.\n${USAGE}`);
    process.exit(1);
  }
  return { from: database.file, to: values.to };
}

async function main() {
  const { from, to } = optionsOrExit();
  if (databaseInUse(from)) {
    console.warn(`Note: another process has ${from} open (the app?): what it writes from now on is not copied.`);
  }
  const started = performance.now();
  console.log(`Copying ${from} to PostgreSQL (committed once every table is copied and counted):`);
  const result = await copySqliteToPostgres({
    from,
    to,
    knownMigrations: { sqlite: knownMigrations(), postgresql: knownMigrations(process.cwd(), "postgresql") },
    onTable: (table, rows) => console.log(`  ${table}: ${rows} rows`),
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const rows = result.tables.reduce((sum, table) => sum + table.target, 0);
  console.log(`Copied ${result.tables.length} tables, ${rows} rows, from ${from} in ${seconds} s; every table's count matches the source.`);
  for (const { table, column, next } of result.sequences) console.log(`  next ${table}.${column}: ${next}`);
  console.log("Set DATABASE_URL to the PostgreSQL URL (in .env) and start the app; keep the SQLite file until the site looks right.");
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  console.error(
    error instanceof CopyRefused ? `Copy refused, the target is unchanged: ${message}` : `Copy failed, the target is unchanged: ${message}`,
  );
  process.exit(1);
});
