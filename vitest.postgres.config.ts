import { rmSync } from "node:fs";
import { defineConfig, type ViteUserConfig } from "vitest/config";
import { freePort } from "./lib/testing/services/service-process";
import sqliteConfig from "./vitest.config";

/**
 * The unit tests again, on PostgreSQL: a throwaway cluster on a free loopback
 * port (vitest.postgres-setup.ts starts, migrates and stops it). Files named
 * `*.sqlite.test.ts` test what only SQLite has and run in the SQLite pass
 * alone; `*.postgres.test.ts` run here alone.
 */
export default defineConfig(async (): Promise<ViteUserConfig> => {
  const port = await freePort();
  process.env.VITEST_POSTGRES_PORT = String(port);
  const base = sqliteConfig.test!;
  rmSync(base.env!.MEDIA_ROOT!, { recursive: true, force: true });
  return {
    ...sqliteConfig,
    test: {
      ...base,
      name: "postgresql",
      exclude: ["node_modules/**", "e2e/**", ".next/**", "**/*.sqlite.test.ts"],
      globalSetup: ["./vitest.postgres-setup.ts"],
      env: {
        ...base.env,
        DATABASE_URL: `postgresql://postgres@127.0.0.1:${port}/test`,
        VITEST_POSTGRES_SERVER: `postgresql://postgres@127.0.0.1:${port}`,
      },
    },
  };
});
