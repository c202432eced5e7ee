import { describe, expect, it, vi } from "vitest";
import { HEALTH_PROBE_CHANNEL, healthReport } from "@/lib/health/checks";

const realtime = await vi.hoisted(async () => (await import("@/lib/testing/realtime-stand-in")).standInForTestFile());

describe("the health report's realtime check", () => {
  it("asks the realtime server about one channel, signed, never for the list of every channel", async () => {
    realtime.state.mode = { kind: "accept" };
    expect(await healthReport()).toEqual({ status: "ok", database: "ok", realtime: "ok" });
    expect(realtime.requests.map(({ method, path }) => ({ method, path }))).toEqual([
      { method: "GET", path: `/apps/artist-collective/channels/${HEALTH_PROBE_CHANNEL}` },
    ]);
    expect(realtime.requests[0].query.get("auth_signature")).toMatch(/^[0-9a-f]{64}$/);
  });

  it("reports the realtime server down when it refuses", async () => {
    const warned = vi.spyOn(console, "warn").mockImplementation(() => {});
    realtime.state.mode = { kind: "error", status: 401 };
    expect(await healthReport()).toEqual({ status: "unavailable", database: "ok", realtime: "down" });
    expect(warned).toHaveBeenCalledWith(expect.stringMatching(/^Health: realtime server is down/));
    warned.mockRestore();
  });
});
