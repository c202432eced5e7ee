import { describe, expect, it } from "vitest";
import { holdRealtimeConnection } from "@/lib/realtime/browser-connection";
import type { PusherClientOptions } from "@/lib/realtime/config";

// Nothing listens on port 9: the connection only ever tries, which is all these tests need.
const options: PusherClientOptions = {
  key: "test-key",
  wsHost: "127.0.0.1",
  wsPort: 9,
  forceTLS: false,
  cluster: "unused",
  enabledTransports: ["ws", "wss"],
  disableStats: true,
};

describe("the page's shared realtime connection", () => {
  it("is one connection for every holder, closed when the last lets go", () => {
    const bell = holdRealtimeConnection(options);
    const room = holdRealtimeConnection(options);
    expect(room.pusher).toBe(bell.pusher);
    room.release();
    room.release(); // a second release of the same hold changes nothing
    expect(bell.pusher.connection.state).not.toBe("disconnected");
    bell.release();
    expect(bell.pusher.connection.state).toBe("disconnected");
  });

  it("is opened afresh once the last one is over", () => {
    const first = holdRealtimeConnection(options);
    first.release();
    const second = holdRealtimeConnection(options);
    expect(second.pusher).not.toBe(first.pusher);
    second.release();
  });
});
