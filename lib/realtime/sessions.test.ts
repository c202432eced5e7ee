import { describe, expect, it, vi } from "vitest";
import { endRealtimeSessions } from "@/lib/realtime/sessions";
import { liveConnectionOf } from "@/lib/testing/realtime-server";

const realtime = await vi.hoisted(async () => (await import("@/lib/testing/realtime-server")).realtimeServerForTheApp());

describe("ending a member's live connections", () => {
  it("closes every connection signed in as the member (4009) and no one else's", async () => {
    const [phone, laptop, other] = await Promise.all([
      liveConnectionOf(realtime, "member-1"),
      liveConnectionOf(realtime, "member-1"),
      liveConnectionOf(realtime, "member-2"),
    ]);
    await endRealtimeSessions("member-1");
    for (const connection of [phone, laptop])
      expect(await connection.endedWith()).toEqual({ code: 4009, message: "The app ended this user's connections" });
    expect(await other.settledState()).toBe("connected");
  });

  it("logs, and does not throw, when the realtime server does not answer", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    // Stopping it is this test's subject, and its cleanup.
    await realtime.stop();
    await endRealtimeSessions("member-1");
    expect(logged).toHaveBeenCalledWith(expect.stringMatching(/^Realtime: the live connections of member member-1 were not ended/));
    // The request's signed query, replayable while fresh, stays out of the log.
    expect(logged.mock.calls[0][0]).toContain(`/users/member-1/terminate_connections failed, reason: connect ECONNREFUSED`);
    expect(logged.mock.calls[0][0]).not.toContain("auth_signature");
    logged.mockRestore();
  });
});
