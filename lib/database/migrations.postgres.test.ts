import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { expect, it } from "vitest";

// The shadow database that replays the migrations is made on the run's cluster.
it("has PostgreSQL migrations that build exactly the schema prisma/postgres/schema.prisma describes", { timeout: 60_000 }, async () => {
  const diff = promisify(execFile)(
    "npx",
    ["--no-install", "prisma", "migrate", "diff", "--from-migrations", "prisma/postgres/migrations"].concat([
      "--to-schema-datamodel",
      "prisma/postgres/schema.prisma",
      "--exit-code",
    ]),
    { env: process.env },
  );
  // Exit code 2 means a difference: a schema change without its PostgreSQL migration.
  await expect(diff.then(({ stdout }) => stdout)).resolves.toMatch(/No difference detected/);
});
