import path from "node:path";

export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
export const E2E_BASE_URL = `http://localhost:${E2E_PORT}`;
export const E2E_DATA_DIR = path.resolve(import.meta.dirname, "../.artifacts/data");
export const E2E_DATABASE_FILE = path.join(E2E_DATA_DIR, "e2e.db");
/**
 * The e2e server's own realtime port, apart from a development server's 6001:
 * 6101 beside the default 3100, and as far from any other E2E_PORT, so two
 * e2e servers on one machine do not share it.
 */
export const E2E_REALTIME_PORT = E2E_PORT + 3001;
/** The e2e run's mail catcher (scripts/mail-catcher.ts): its SMTP port, and its page and JSON of what it caught. */
export const E2E_MAIL_SMTP_PORT = E2E_PORT + 3025;
export const E2E_MAIL_WEB_PORT = E2E_PORT + 3080;

/** The environment of the app under test: production mode on throwaway storage. */
export const e2eServerEnv = {
  DATABASE_URL: `file:${E2E_DATABASE_FILE}`,
  MEDIA_ROOT: path.join(E2E_DATA_DIR, "media"),
  AUTH_SECRET: "e2e-secret-only-for-the-throwaway-test-server-0123456789",
  AUTH_TRUST_HOST: "true",
  // Mail links are built from AUTH_URL, which production requires with SMTP_URL.
  AUTH_URL: E2E_BASE_URL,
  SMTP_URL: `smtp://127.0.0.1:${E2E_MAIL_SMTP_PORT}`,
  PUSHER_SECRET: "e2e-realtime-secret-only-for-the-throwaway-test-server",
  REALTIME_PORT: String(E2E_REALTIME_PORT),
  PUSHER_PORT: String(E2E_REALTIME_PORT),
  NEXT_TELEMETRY_DISABLED: "1",
  // Set at build and start alike: the scale-out run (e2e/scale-out) starts two more instances of this build.
  NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: "ZTJlLXNlcnZlci1hY3Rpb25zLWtleS0wMTIzNDU2Nzg=",
  // Every test's browser comes from 127.0.0.1: the per-address limits get room for a whole run. The
  // per-member and per-account limits keep their defaults (each test has members of its own).
  RATE_LIMIT_SIGNUPS: "2000/1h",
  RATE_LIMIT_LOGINS_PER_ADDRESS: "2000/15m",
  RATE_LIMIT_PASSWORD_RESETS_PER_CLIENT: "2000/1h",
  REALTIME_MAX_CONNECTIONS_PER_ADDRESS: "1000",
  // An "at once" notification mail waits this long for the member to read it in the site: seconds, not a minute, in tests.
  NOTIFICATION_MAIL_DELAY_SECONDS: "1",
  JOB_POLL_INTERVAL_SECONDS: "1",
};
