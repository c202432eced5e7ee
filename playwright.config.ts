import { defineConfig, devices } from "@playwright/test";
import { headlessShell } from "./e2e/support/browsers";
import { E2E_BASE_URL, E2E_PORT, e2eServerEnv } from "./e2e/support/server-env";

export default defineConfig({
  testDir: "e2e",
  // Its own run with its own servers: playwright.scale-out.config.ts.
  testIgnore: ["scale-out/**"],
  outputDir: "e2e/.artifacts/results",
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: !!process.env.CI,
  reporter: [["list"]],
  timeout: 60_000,
  use: {
    baseURL: E2E_BASE_URL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: headlessShell,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  // A production build on a throwaway database and media folder.
  webServer: {
    command: "node e2e/support/reset-data.mjs && npm run build && npm start",
    url: `${E2E_BASE_URL}/login`,
    env: { ...e2eServerEnv, PORT: String(E2E_PORT) },
    reuseExistingServer: !process.env.CI,
    timeout: 300_000,
    stdout: "ignore",
    stderr: "pipe",
  },
});
