import path from "node:path";

export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
export const E2E_BASE_URL = `http://localhost:${E2E_PORT}`;
export const E2E_DATA_DIR = path.resolve(import.meta.dirname, "../.artifacts/data");
export const E2E_DATABASE_FILE = path.join(E2E_DATA_DIR, "e2e.db");

/** The environment of the app under test: production mode on throwaway storage. */
export const e2eServerEnv = {
  DATABASE_URL: `file:${E2E_DATABASE_FILE}`,
  MEDIA_ROOT: path.join(E2E_DATA_DIR, "media"),
  AUTH_SECRET: "e2e-secret-only-for-the-throwaway-test-server-0123456789",
  AUTH_TRUST_HOST: "true",
  NEXT_TELEMETRY_DISABLED: "1",
};
