import { defineConfig, devices } from "@playwright/test";
import { headlessShell } from "./e2e/support/browsers";
import { E2E_BASE_URL, E2E_MAIL_SMTP_PORT, E2E_MAIL_WEB_PORT, E2E_PORT, e2eServerEnv } from "./e2e/support/server-env";

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
  webServer: [
    // A real SMTP server on loopback that the app sends to; tests read what it caught (e2e/support/mail.ts).
    {
      command: "node --import tsx scripts/mail-catcher.ts",
      url: `http://127.0.0.1:${E2E_MAIL_WEB_PORT}/api/mails`,
      env: { MAIL_CATCHER_SMTP_PORT: String(E2E_MAIL_SMTP_PORT), MAIL_CATCHER_WEB_PORT: String(E2E_MAIL_WEB_PORT) },
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
      stdout: "ignore",
      stderr: "pipe",
    },
    // A production build on a throwaway database and media folder.
    {
      command: "node e2e/support/reset-data.mjs && npm run build && npm start",
      url: `${E2E_BASE_URL}/login`,
      env: { ...e2eServerEnv, PORT: String(E2E_PORT) },
      reuseExistingServer: !process.env.CI,
      timeout: 300_000,
      stdout: "ignore",
      stderr: "pipe",
    },
  ],
});
