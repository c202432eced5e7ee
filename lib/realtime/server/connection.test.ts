import { afterEach, describe, expect, it } from "vitest";
import { RAW_PATH, startTestServer, TEST_APP, until, waitFor, type RawClient, type TestServer } from "@/lib/testing/realtime-protocol";

let harness: TestServer | undefined;
afterEach(async () => {
  await harness?.stop();
  harness = undefined;
});

async function start(options: Parameters<typeof startTestServer>[0] = {}): Promise<TestServer> {
  harness = await startTestServer(options);
  return harness;
}

describe("connecting", () => {
  it("gives each pusher-js client its own socket id in Pusher's form", async () => {
    const { connectedClient } = await start();
    const first = await connectedClient();
    const second = await connectedClient();
    expect(first.connection.socket_id).toMatch(/^\d+\.\d+$/);
    expect(second.connection.socket_id).toMatch(/^\d+\.\d+$/);
    expect(first.connection.socket_id).not.toBe(second.connection.socket_id);
  });

  it("announces the socket id and activity timeout, and answers pusher:ping with pusher:pong", async () => {
    const { raw } = await start({ activityTimeoutSeconds: 45 });
    const socket = await raw();
    const established = await socket.next("pusher:connection_established");
    expect(established.data).toEqual({ socket_id: expect.stringMatching(/^\d+\.\d+$/), activity_timeout: 45 });
    socket.send({ event: "pusher:ping", data: {} });
    await socket.next("pusher:pong");
  });

  it("refuses an unknown app key with 4001, which pusher-js reports and does not retry", async () => {
    const { raw, client } = await start();
    const socket = await raw("/app/not-our-key?protocol=7");
    expect((await socket.next("pusher:error")).data).toMatchObject({ code: 4001 });
    expect((await socket.closed).code).toBe(4001);

    const pusher = client({ key: "not-our-key" });
    const states: string[] = [];
    pusher.connection.bind("state_change", ({ current }: { current: string }) => states.push(current));
    const error = await waitFor<{ error?: { data?: { code?: number } } }>("pusher-js's error", (resolve) =>
      pusher.connection.bind("error", resolve),
    );
    expect(error.error?.data?.code).toBe(4001);
    expect(states).toEqual(["disconnected"]);
  });

  it("refuses a missing or unsupported protocol version and unknown paths with their codes", async () => {
    const { raw } = await start();
    const cases = [
      { path: `/app/${TEST_APP.key}`, code: 4008 },
      { path: `/app/${TEST_APP.key}?protocol=6`, code: 4007 },
      { path: "/socket?protocol=7", code: 4005 },
    ];
    for (const { path, code } of cases) {
      const socket = await raw(path);
      expect((await socket.next("pusher:error")).data, path).toMatchObject({ code });
      expect((await socket.closed).code, path).toBe(code);
    }
  });

  it("refuses keys, versions and paths of any length whole, cutting only the close frame's reason to its 123 bytes", async () => {
    const { raw, connectedClient } = await start();
    const long = "k".repeat(200);
    // Two bytes a character: the cut falls inside one.
    const accented = "é".repeat(100);
    const cases = [
      { path: `/app/${long}?protocol=7`, code: 4001, message: `App key ${long} does not exist` },
      {
        path: `/app/${TEST_APP.key}?protocol=${encodeURIComponent(accented)}`,
        code: 4007,
        message: `Unsupported protocol version ${accented}; this server speaks 7`,
      },
      { path: `/${long}`, code: 4005, message: `No WebSocket endpoint at /${long}; connect to /app/{key}` },
    ];
    for (const { path, code, message } of cases) {
      const socket = await raw(path);
      expect((await socket.next("pusher:error")).data).toEqual({ code, message });
      const closed = await socket.closed;
      expect(closed.code).toBe(code);
      expect(message.startsWith(closed.reason.replace(/\uFFFD$/, ""))).toBe(true);
      expect(Buffer.byteLength(closed.reason)).toBeLessThanOrEqual(123);
    }
    // Still serving.
    await connectedClient();
  });

  it("refuses connections over capacity with 4100 (reconnect after a back-off)", async () => {
    const { raw } = await start({ maxConnections: 1 });
    const first = await raw();
    await first.next("pusher:connection_established");
    const second = await raw();
    expect((await second.next("pusher:error")).data).toMatchObject({ code: 4100 });
    expect((await second.closed).code).toBe(4100);
  });
});

/** A raw socket the server accepted. */
async function established(connecting: Promise<RawClient>): Promise<RawClient> {
  const socket = await connecting;
  await socket.next("pusher:connection_established");
  return socket;
}

async function refusedWith(connecting: Promise<RawClient>): Promise<{ error: unknown; close: number }> {
  const socket = await connecting;
  const error = (await socket.next("pusher:error")).data;
  return { error, close: (await socket.closed).code };
}

describe("connections per address", () => {
  const OVER_CAPACITY = { error: { code: 4100, message: "Over capacity: at most 2 connections from one address" }, close: 4100 };

  it("refuses one more than the cap from an address with 4100, takes other addresses, and frees a slot when a socket closes", async () => {
    const { raw, server } = await start({ maxConnectionsPerAddress: 2 });
    const first = await established(raw());
    await established(raw());
    expect(await refusedWith(raw())).toEqual(OVER_CAPACITY);
    await established(raw(RAW_PATH, { localAddress: "127.0.0.2" }));

    first.socket.close();
    await until("the server to let the first socket go", () => server.connectionCount === 2);
    await established(raw());
    expect(await refusedWith(raw())).toEqual(OVER_CAPACITY);
  });

  it("counts by the address the proxy appended to X-Forwarded-For when it trusts the proxy", async () => {
    const { raw } = await start({ maxConnectionsPerAddress: 2, trustProxy: true });
    const via = (forwardedFor: string) => raw(RAW_PATH, { headers: { "x-forwarded-for": forwardedFor } });
    await established(via("203.0.113.9"));
    await established(via("198.51.100.1, 203.0.113.9"));
    expect(await refusedWith(via("203.0.113.9"))).toEqual(OVER_CAPACITY);
    await established(via("203.0.113.9, 203.0.113.10"));
  });

  it("ignores X-Forwarded-For when it does not trust a proxy: a client cannot claim other addresses", async () => {
    const { raw } = await start({ maxConnectionsPerAddress: 2 });
    const via = (forwardedFor: string) => raw(RAW_PATH, { headers: { "x-forwarded-for": forwardedFor } });
    await established(via("203.0.113.1"));
    await established(via("203.0.113.2"));
    expect(await refusedWith(via("203.0.113.3"))).toEqual(OVER_CAPACITY);
  });
});

describe("slow consumers", () => {
  /** Ten events at the data limit a request; each carries its place in the sequence. */
  const PAYLOAD = "x".repeat(10_000);
  /** Far past the kernel's socket buffers and the server's limit: a bound on the loop, not a figure under test. */
  const MOST_BATCHES = 640;

  async function subscribedToNews(raw: TestServer["raw"]): Promise<RawClient> {
    const socket = await established(raw());
    socket.send({ event: "pusher:subscribe", data: { channel: "news" } });
    await socket.next("pusher_internal:subscription_succeeded");
    return socket;
  }

  const sequence = (socket: RawClient) =>
    socket.messages
      .filter((message) => message.event === "update")
      .map((message) => (JSON.parse(message.data as string) as { seq: number }).seq);

  it("closes a client that stopped reading once 1 MiB waits for it (4100), queues nothing more for it, and keeps the others", async () => {
    const { raw, sdk } = await start();
    const stalled = await subscribedToNews(raw);
    const reading = await subscribedToNews(raw);
    stalled.socket.pause();

    const subscribers = async () =>
      ((await (await sdk.get({ path: "/channels/news", params: { info: "subscription_count" } })).json()) as { subscription_count: number })
        .subscription_count;
    let sent = 0;
    for (let batch = 0; (await subscribers()) === 2; batch++) {
      if (batch === MOST_BATCHES) throw new Error(`the stalled client was still subscribed after ${sent} events`);
      await sdk.triggerBatch(
        Array.from({ length: 10 }, () => ({ channel: "news", name: "update", data: { seq: sent++, payload: PAYLOAD } })),
      );
    }
    const sentWhileSubscribed = sent;
    await sdk.trigger("news", "update", { seq: sent++, payload: "after the close" });
    await until("the reading client to get every event", () => sequence(reading).length === sent);

    stalled.socket.resume();
    expect((await stalled.closed).code).toBe(4100);
    const received = sequence(stalled);
    // What was queued arrives in order, then the reason; nothing sent after the close was queued.
    expect(received).toEqual(received.map((_, index) => index));
    expect(received.length).toBeLessThan(sentWhileSubscribed);
    expect(stalled.messages.at(-1)).toEqual({
      event: "pusher:error",
      data: { code: 4100, message: "Over capacity: over 1048576 bytes are waiting to be sent to this client" },
    });
    expect(reading.socket.readyState).toBe(reading.socket.OPEN);
  });
});

describe("heartbeat", () => {
  it("pings a silent client and closes it with 4201 when no pong comes", async () => {
    const { raw } = await start({ activityTimeoutSeconds: 1, pongTimeoutMs: 300 });
    const socket = await raw();
    await socket.next("pusher:ping");
    const closed = await socket.closed;
    expect(closed.code).toBe(4201);
  });

  it("keeps a client that answers its pings", async () => {
    const { raw } = await start({ activityTimeoutSeconds: 1, pongTimeoutMs: 300 });
    const socket = await raw();
    let pings = 0;
    socket.socket.on("message", (frame) => {
      if (JSON.parse(frame.toString()).event !== "pusher:ping") return;
      pings++;
      socket.send({ event: "pusher:pong", data: {} });
    });
    await waitFor("a third ping", (resolve) => socket.socket.on("message", () => pings === 3 && resolve(pings)));
    expect(socket.socket.readyState).toBe(socket.socket.OPEN);
  });
});

describe("shutting down", () => {
  it("tells every client to reconnect (4200) and stops", async () => {
    const server = await startTestServer();
    const socket = await server.raw();
    await socket.next("pusher:connection_established");
    await server.server.close();
    expect((await socket.closed).code).toBe(4200);
    expect(server.server.connectionCount).toBe(0);
  });

  it("tells the members of a presence channel to reconnect without first telling each the others left", async () => {
    const server = await startTestServer();
    const members = await Promise.all(
      ["ann", "bo", "cy"].map(async (userId) => {
        const socket = await established(server.raw());
        const { socket_id } = socket.messages[0].data as { socket_id: string };
        socket.send({
          event: "pusher:subscribe",
          data: { channel: "presence-room", ...server.authorize(socket_id, "presence-room", { userId }) },
        });
        await socket.next("pusher_internal:subscription_succeeded");
        return socket;
      }),
    );
    await until(
      "everyone to see everyone arrive",
      () => members[0].messages.filter((message) => message.event === "pusher_internal:member_added").length === 2,
    );
    await server.server.close();
    for (const member of members) {
      expect((await member.closed).code).toBe(4200);
      expect(member.messages.filter((message) => message.event === "pusher_internal:member_removed")).toEqual([]);
    }
  });
});
