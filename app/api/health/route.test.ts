import { describe, expect, it, vi } from "vitest";
import { GET } from "./route";

const realtime = await vi.hoisted(async () => (await import("@/lib/testing/realtime-server")).realtimeServerForTheApp());

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
