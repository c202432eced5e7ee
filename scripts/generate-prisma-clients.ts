/**
 * Generates both Prisma clients: the SQLite one the app is typed against and
 * the PostgreSQL one it uses when DATABASE_URL names a PostgreSQL server.
 * prisma.config.ts picks the schema by DATABASE_URL (a `--schema` flag alone
 * would pair the PostgreSQL schema with the SQLite adapter, and Prisma would
 * then try to download an engine); no connection is made.
 */
import { execFileSync } from "node:child_process";

const generate = (databaseUrl: string) =>
  execFileSync("npx", ["--no-install", "prisma", "generate"], { stdio: "inherit", env: { ...process.env, DATABASE_URL: databaseUrl } });

generate("file:./data/app.db");
generate("postgresql://localhost/generate-only");
