import { execFile } from "node:child_process";
import { copyFile, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { isEmptyMigration, withoutSearchIndexSteps } from "@/lib/search/index-objects";

/**
 * The steps that would take the migrations to the schema, leaving out the
 * search index (hand-written, unknown to the schema: lib/search/index-objects.ts).
 * The shadow database that replays the migrations is made on the run's cluster.
 */
async function driftFrom(schema: string): Promise<string> {
  const { stdout } = await promisify(execFile)(
    "npx",
    ["--no-install", "prisma", "migrate", "diff", "--from-migrations", "prisma/postgres/migrations"].concat([
      "--to-schema-datamodel",
      schema,
      "--script",
    ]),
    { env: process.env },
  );
  return withoutSearchIndexSteps(stdout);
}

describe("the PostgreSQL migrations", () => {
  it("build exactly the schema prisma/postgres/schema.prisma describes", { timeout: 60_000 }, async () => {
    const drift = await driftFrom("prisma/postgres/schema.prisma");
    expect(isEmptyMigration(drift), drift).toBe(true);
  });

  it("are still told apart from a schema with one more column", { timeout: 60_000 }, async () => {
    const folder = await mkdtemp(path.join(tmpdir(), "drift-"));
    try {
      const schema = path.join(folder, "schema.prisma");
      await copyFile("prisma/postgres/schema.prisma", schema);
      const text = await readFile(schema, "utf8");
      await writeFile(schema, text.replace(/^model Tag \{\n/m, "model Tag {\n  plantedDrift Int?\n"));
      expect(await driftFrom(schema)).toMatch(/ALTER TABLE "Tag" ADD COLUMN\s+"plantedDrift" INTEGER/);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});
