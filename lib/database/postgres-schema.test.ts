import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { POSTGRES_SCHEMA_FILE, postgresSchemaFrom, SQLITE_SCHEMA_FILE } from "@/lib/database/postgres-schema";

describe("the PostgreSQL schema", () => {
  it("is the SQLite schema with only its provider and client output changed (run npm run db:schema:postgres)", () => {
    const sqlite = readFileSync(SQLITE_SCHEMA_FILE, "utf8");
    const postgres = readFileSync(POSTGRES_SCHEMA_FILE, "utf8");

    expect(postgres).toBe(postgresSchemaFrom(sqlite));
    const changed = postgres.split("\n").filter((line) => !sqlite.includes(line));
    expect(changed.filter((line) => line.trim() && !line.startsWith("//"))).toEqual([
      '  output     = "../../lib/generated/prisma-postgres"',
      '  provider = "postgresql"',
    ]);
  });
});
