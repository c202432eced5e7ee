import { defineConfig } from "prisma/config";
import { PostgresCliAdapter } from "./lib/database/postgres-cli-adapter";
import { MIGRATIONS_FOLDERS, POSTGRES_SCHEMA_FILE, SQLITE_SCHEMA_FILE } from "./lib/database/postgres-schema";
import { SqliteAdapter } from "./lib/database/sqlite-adapter";
import { loadDotEnv, parseEnv } from "./lib/env-schema";

loadDotEnv();
const { database, DATABASE_URL } = parseEnv(process.env);
// The schema's datasource names DATABASE_URL; give it the validated default.
process.env.DATABASE_URL ??= DATABASE_URL;
const onPostgres = database.provider === "postgresql";

// Prisma 6.19 runs its CLI on the Wasm schema engine through these adapters,
// so `migrate` and `generate` work without downloading a native engine. Each
// provider has its own schema file and migrations folder.
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: onPostgres ? POSTGRES_SCHEMA_FILE : SQLITE_SCHEMA_FILE,
  migrations: { path: MIGRATIONS_FOLDERS[database.provider] },
  async adapter() {
    return database.provider === "postgresql" ? new PostgresCliAdapter(database.url) : new SqliteAdapter(database.file);
  },
});
