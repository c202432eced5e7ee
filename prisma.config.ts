import { defineConfig } from "prisma/config";
import { SqliteAdapter } from "./lib/database/sqlite-adapter";
import { loadDotEnv, parseEnv } from "./lib/env-schema";

loadDotEnv();
const env = parseEnv(process.env);
// The schema's datasource names DATABASE_URL; give it the validated default.
process.env.DATABASE_URL ??= env.DATABASE_URL;

// Prisma 6.19 runs its CLI on the Wasm schema engine through this adapter,
// so `migrate` and `generate` work without downloading a native engine.
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  async adapter() {
    return new SqliteAdapter(env.databaseFile);
  },
});
