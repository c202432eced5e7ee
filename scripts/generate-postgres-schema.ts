/**
 * Writes prisma/postgres/schema.prisma from prisma/schema.prisma. One schema
 * cannot serve two providers (the generated client is tied to one), so the
 * PostgreSQL schema is a copy in which only the provider and the client's
 * output change. `--check` exits 1 when the file on disk has drifted.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { POSTGRES_SCHEMA_FILE, postgresSchemaFrom, SQLITE_SCHEMA_FILE } from "../lib/database/postgres-schema";

const { values: flags } = parseArgs({ options: { check: { type: "boolean" } } });
const expected = postgresSchemaFrom(readFileSync(SQLITE_SCHEMA_FILE, "utf8"));

if (flags.check) {
  if (readFileSync(POSTGRES_SCHEMA_FILE, "utf8") !== expected) {
    console.error(`${POSTGRES_SCHEMA_FILE} is out of date: run npm run db:schema:postgres`);
    process.exit(1);
  }
} else {
  writeFileSync(POSTGRES_SCHEMA_FILE, expected);
  console.log(`Wrote ${POSTGRES_SCHEMA_FILE}`);
}
