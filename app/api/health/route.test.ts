import { describe, expect, it, vi } from "vitest";
import { GET } from "./route";

// The real realtime server (our Pusher-protocol one) on a free port, with the
// app's client pointed at it before the app's modules read their settings.
const realtime = await vi.hoisted(async () => {
  const { startTestServer, TEST_APP } = await import("@/lib/realtime/server/test-harness");
  const server = await startTestServer();
  Object.assign(process.env, {
    PUSHER_HOST: "127.0.0.1",
    PUSHER_PORT: String(server.port),
    PUSHER_APP_ID: TEST_APP.id,
    PUSHER_KEY: TEST_APP.key,
    PUSHER_SECRET: TEST_APP.secret,
  });
  return server;
});

describe("GET /api/health", () => {
  it("answers 200 when the database and the realtime server both answer, and is never cached", async () => {
    const response = await GET();
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({ status: "ok", database: "ok", realtime: "ok" });
  });

  it("answers 503 and names the part that is down once the realtime server stops", async () => {
    // Stopping it is this test's subject, and its cleanup.
    await realtime.stop();
    const response = await GET();
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: "unavailable", database: "ok", realtime: "down" });
  });
});
