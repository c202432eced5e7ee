import { describe, expect, it, vi } from "vitest";
import { onlineCountsByRoom } from "@/lib/chat/online";

const realtime = await vi.hoisted(async () => (await import("@/lib/testing/realtime-stand-in")).standInForTestFile());

describe("members online per room", () => {
  it("come from the realtime server's occupied room channels", async () => {
    realtime.state.mode = {
      kind: "accept",
      channels: { "presence-room-clroom000000000000000001": { user_count: 3 }, "presence-room-not a room": { user_count: 9 } },
    };
    expect(await onlineCountsByRoom()).toEqual(new Map([["clroom000000000000000001", 3]]));
    const [request] = realtime.requests;
    expect(request).toMatchObject({ method: "GET", path: "/apps/artist-collective/channels" });
    expect(Object.fromEntries(request.query)).toMatchObject({ filter_by_prefix: "presence-room-", info: "user_count" });
  });

  it("are unknown (null), not zero, when the realtime server fails or answers nonsense", async () => {
    const warned = vi.spyOn(console, "warn").mockImplementation(() => {});
    for (const mode of [
      { kind: "drop" },
      { kind: "error", status: 503 },
      { kind: "accept", channels: { x: { user_count: -1 } } },
    ] as const) {
      realtime.state.mode = mode;
      expect(await onlineCountsByRoom()).toBeNull();
    }
    expect(warned).toHaveBeenCalledTimes(3);
    warned.mockRestore();
  });
});
