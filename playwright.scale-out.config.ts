import { defineConfig } from "@playwright/test";
import baseConfig from "./playwright.config";
import { SCALE_OUT_URL } from "./e2e/scale-out/topology";

/**
 * The scale-out smoke run: two app instances of one production build on
 * PostgreSQL, S3 (s3rver) and a two-node soketi cluster, behind a
 * round-robin load balancer (e2e/scale-out/global-setup.ts starts them all).
 * Reuses the e2e run's build when there is one.
 */
export default defineConfig({
  ...baseConfig,
  testDir: "e2e/scale-out",
  testIgnore: [],
  outputDir: "e2e/.artifacts/scale-out-results",
  globalSetup: "./e2e/scale-out/global-setup.ts",
  webServer: undefined,
  use: { ...baseConfig.use, baseURL: SCALE_OUT_URL },
});
