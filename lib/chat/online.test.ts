import { describe, expect, it, vi } from "vitest";
import { onlineCountsByRoom, onlineCountsFrom } from "@/lib/chat/online";

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

  describe("read from each server's answer", () => {
    const room = "clroom000000000000000001";
    const other = "clroom000000000000000002";

    it("Pusher's cloud and ours: user_count per channel, members however many tabs they have open", () => {
      // Pusher's HTTP API reference, GET /channels with info=user_count; lib/realtime/server/http-api.ts answers the same.
      const answer = { channels: { [`presence-room-${room}`]: { user_count: 42 }, [`presence-room-${other}`]: { user_count: 1 } } };
      expect(onlineCountsFrom(answer)).toEqual(
        new Map([
          [room, 42],
          [other, 1],
        ]),
      );
    });

    it("soketi: only subscription_count, so the room shows its open connections", () => {
      // What soketi 1.6.1 answered to the same request (lib/realtime/cluster.test.ts asks a real one).
      const answer = { channels: { [`presence-room-${room}`]: { subscription_count: 3, occupied: true } } };
      expect(onlineCountsFrom(answer)).toEqual(new Map([[room, 3]]));
    });

    it("prefers user_count when a server sends both", () => {
      const answer = { channels: { [`presence-room-${room}`]: { user_count: 2, subscription_count: 3 } } };
      expect(onlineCountsFrom(answer)).toEqual(new Map([[room, 2]]));
    });

    it("refuses a channel with neither count, rather than showing nobody online", () => {
      expect(() => onlineCountsFrom({ channels: { [`presence-room-${room}`]: { occupied: true } } })).toThrow(
        /neither user_count nor subscription_count/,
      );
      expect(() => onlineCountsFrom({ rooms: [] })).toThrow();
    });
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
