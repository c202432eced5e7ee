import os from "node:os";
import path from "node:path";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;
// A throwaway SQLite file per run, migrated by vitest.global-setup.ts.
process.env.VITEST_DATABASE_FILE ??= path.join(os.tmpdir(), `artist-collective-vitest-${process.pid}`, "test.db");

export default defineConfig({
  resolve: {
    alias: {
      "@": root,
      // Vitest is not a React Server environment; the guard is for bundles.
      "server-only": path.join(root, "node_modules/server-only/empty.js"),
    },
  },
  test: {
    include: ["**/*.test.ts"],
    // PostgreSQL-only tests run in the PostgreSQL pass (vitest.postgres.config.ts).
    exclude: ["node_modules/**", "e2e/**", ".next/**", "**/*.postgres.test.ts"],
    globalSetup: ["./vitest.global-setup.ts"],
    env: {
      NODE_ENV: "test",
      DATABASE_URL: `file:${process.env.VITEST_DATABASE_FILE}`,
      MEDIA_ROOT: path.join(path.dirname(process.env.VITEST_DATABASE_FILE), "media"),
    },
    testTimeout: 20_000,
    // next-auth imports "next/server" without an extension; let Vite resolve it.
    server: { deps: { inline: ["next-auth"] } },
  },
});
