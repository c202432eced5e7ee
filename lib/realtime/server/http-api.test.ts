import { createHash, createHmac } from "node:crypto";
import Pusher from "pusher";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startTestServer, TEST_APP, type TestServer } from "@/lib/testing/realtime-protocol";

let harness: TestServer;
beforeEach(async () => {
  harness = await startTestServer();
});
afterEach(() => harness.stop());

/** The SDK's response is node-fetch's, not the global fetch's. */
const get = async (path: string, params?: Record<string, string>) => (await harness.sdk.get({ path, params })).json();

/**
 * A request signed by hand as Pusher documents it, so tests can change one
 * part (the timestamp, the body after signing) and keep the rest valid.
 */
function signed(
  method: "GET" | "POST",
  path: string,
  body: string | undefined,
  { timestamp = Math.floor(Date.now() / 1000), secret = TEST_APP.secret } = {},
) {
  const params: Record<string, string> = { auth_key: TEST_APP.key, auth_timestamp: String(timestamp), auth_version: "1.0" };
  if (body !== undefined) params.body_md5 = createHash("md5").update(body).digest("hex");
  const query = Object.keys(params)
    .sort()
    .map((key) => `${key}=${params[key]}`)
    .join("&");
  const signature = createHmac("sha256", secret).update(`${method}\n${path}\n${query}`).digest("hex");
  return `${harness.baseUrl}${path}?${query}&auth_signature=${signature}`;
}

const post = (url: string, body: string) => fetch(url, { method: "POST", body, headers: { "content-type": "application/json" } });
const EVENTS_PATH = `/apps/${TEST_APP.id}/events`;
const event = (data = "{}") => JSON.stringify({ name: "update", channels: ["news"], data });

/** The status the SDK's request failed with. */
async function failure(request: Promise<unknown>): Promise<{ status: number; body: string }> {
  try {
    await request;
  } catch (error) {
    if (error instanceof Pusher.RequestError) return { status: error.status ?? 0, body: error.body ?? "" };
    throw error;
  }
  throw new Error("the request succeeded");
}

describe("channel information", () => {
  it("lists occupied channels, by prefix, with presence user counts", async () => {
    const alice = await harness.connectedClient({ user: { userId: "alice" } });
    const bob = await harness.connectedClient({ user: { userId: "bob" } });
    await harness.subscribed(alice, "presence-room-1");
    await harness.subscribed(bob, "presence-room-1");
    await harness.subscribed(alice, "presence-room-2");
    await harness.subscribed(alice, "private-notes");

    expect(await get("/channels")).toEqual({ channels: { "presence-room-1": {}, "presence-room-2": {}, "private-notes": {} } });
    expect(await get("/channels", { filter_by_prefix: "presence-room-", info: "user_count" })).toEqual({
      channels: { "presence-room-1": { user_count: 2 }, "presence-room-2": { user_count: 1 } },
    });
    expect(await get("/channels/presence-room-1", { info: "user_count,subscription_count" })).toEqual({
      occupied: true,
      user_count: 2,
      subscription_count: 2,
    });
    expect(await get("/channels/private-notes", { info: "subscription_count" })).toEqual({ occupied: true, subscription_count: 1 });
    expect(await get("/channels/presence-room-9")).toEqual({ occupied: false });
    expect(await get("/channels/presence-room-1/users")).toEqual({ users: [{ id: "alice" }, { id: "bob" }] });
  });

  it("refuses user counts and user lists outside presence channels", async () => {
    expect((await failure(harness.sdk.get({ path: "/channels", params: { info: "user_count" } }))).status).toBe(400);
    expect((await failure(harness.sdk.get({ path: "/channels/private-notes", params: { info: "user_count" } }))).status).toBe(400);
    expect((await failure(harness.sdk.get({ path: "/channels/private-notes/users" }))).status).toBe(400);
  });

  it("marks its answers, accepted or refused, as never to be sniffed", async () => {
    const answers = [await fetch(signed("GET", `/apps/${TEST_APP.id}/channels`, undefined)), await fetch(`${harness.baseUrl}/nowhere`)];
    expect(answers.map((answer) => [answer.status, answer.headers.get("x-content-type-options")])).toEqual([
      [200, "nosniff"],
      [404, "nosniff"],
    ]);
  });

  it("answers the same signed read twice (reads are not replays)", async () => {
    const url = signed("GET", `/apps/${TEST_APP.id}/channels`, undefined);
    expect((await fetch(url)).status).toBe(200);
    expect((await fetch(url)).status).toBe(200);
  });
});

describe("refused requests", () => {
  it("refuses a signature made with another secret", async () => {
    const forger = new Pusher({
      appId: TEST_APP.id,
      key: TEST_APP.key,
      secret: "guessed",
      host: "127.0.0.1",
      port: String(harness.port),
      useTLS: false,
    });
    expect(await failure(forger.trigger("news", "update", {}))).toEqual({ status: 401, body: "Invalid signature" });
    expect((await failure(forger.get({ path: "/channels" }))).status).toBe(401);
  });

  it("refuses a replayed write", async () => {
    const body = event();
    const url = signed("POST", EVENTS_PATH, body);
    expect((await post(url, body)).status).toBe(200);
    const replay = await post(url, body);
    expect(replay.status).toBe(401);
    expect(await replay.text()).toMatch(/Replayed request/);
  });

  it("answers a repeated terminate_connections as done, ending nothing more: the SDK signs a second call in the same second alike", async () => {
    const signedInAsAlice = async () => {
      const socket = await harness.raw();
      const { socket_id } = (await socket.next("pusher:connection_established")).data as { socket_id: string };
      socket.send({ event: "pusher:signin", data: harness.sdk.authenticateUser(socket_id, { id: "alice" }) });
      await socket.next("pusher:signin_success");
      return socket;
    };
    const before = await signedInAsAlice();
    const url = signed("POST", `/apps/${TEST_APP.id}/users/alice/terminate_connections`, "{}");
    expect((await post(url, "{}")).status).toBe(200);
    expect((await before.closed).code).toBe(4009);

    const after = await signedInAsAlice();
    const repeat = await post(url, "{}");
    expect([repeat.status, await repeat.json()]).toEqual([200, {}]);
    after.send({ event: "pusher:ping", data: {} });
    await after.next("pusher:pong");
  });

  it("refuses timestamps more than 600 s away, either way", async () => {
    const body = event();
    for (const offset of [-700, 700]) {
      const response = await post(signed("POST", EVENTS_PATH, body, { timestamp: Math.floor(Date.now() / 1000) + offset }), body);
      expect(response.status, `offset ${offset}`).toBe(401);
      expect(await response.text()).toMatch(/Timestamp expired/);
    }
    const fresh = await post(signed("POST", EVENTS_PATH, body, { timestamp: Math.floor(Date.now() / 1000) - 500 }), body);
    expect(fresh.status).toBe(200);
  });

  it("refuses a body changed after signing (body_md5)", async () => {
    const response = await post(signed("POST", EVENTS_PATH, event('{"amount":1}')), event('{"amount":1000}'));
    expect(response.status).toBe(401);
    expect(await response.text()).toMatch(/body_md5/);
  });

  it("refuses a request for another app or with another key", async () => {
    const otherApp = new Pusher({
      appId: "other-app",
      key: TEST_APP.key,
      secret: TEST_APP.secret,
      host: "127.0.0.1",
      port: String(harness.port),
      useTLS: false,
    });
    expect((await failure(otherApp.trigger("news", "update", {}))).status).toBe(404);
    const otherKey = new Pusher({
      appId: TEST_APP.id,
      key: "other-key",
      secret: TEST_APP.secret,
      host: "127.0.0.1",
      port: String(harness.port),
      useTLS: false,
    });
    expect(await failure(otherKey.trigger("news", "update", {}))).toEqual({ status: 401, body: "Unknown auth_key" });
  });

  it("refuses event data over 10 KB with 413, and bodies over the limit", async () => {
    expect((await failure(harness.sdk.trigger("news", "update", "x".repeat(10 * 1024 + 1)))).status).toBe(413);
    await harness.sdk.trigger("news", "update", "x".repeat(10 * 1024));
    const huge = JSON.stringify({ name: "update", channels: ["news"], data: "x".repeat(300 * 1024) });
    expect((await post(signed("POST", EVENTS_PATH, huge), huge)).status).toBe(413);
  });

  it("refuses malformed bodies: not JSON, over 100 channels, bad names, reserved events, bad socket ids", async () => {
    const bodies = {
      "not JSON": "{name:",
      "no data": JSON.stringify({ name: "update", channels: ["news"] }),
      "101 channels": JSON.stringify({ name: "update", data: "{}", channels: Array.from({ length: 101 }, (_, n) => `c${n}`) }),
      "a bad channel name": JSON.stringify({ name: "update", data: "{}", channels: ["bad name"] }),
      "a reserved event name": JSON.stringify({ name: "pusher_internal:member_added", data: "{}", channels: ["news"] }),
      "a bad socket_id": JSON.stringify({ name: "update", data: "{}", channels: ["news"], socket_id: "1234" }),
      "channel and channels": JSON.stringify({ name: "update", data: "{}", channels: ["news"], channel: "news" }),
    };
    for (const [what, body] of Object.entries(bodies)) {
      expect((await post(signed("POST", EVENTS_PATH, body), body)).status, what).toBe(400);
    }
    const batch = JSON.stringify({ batch: Array.from({ length: 11 }, () => ({ name: "update", channel: "news", data: "{}" })) });
    expect((await post(signed("POST", `/apps/${TEST_APP.id}/batch_events`, batch), batch)).status, "11 batched events").toBe(400);
  });

  it("sends nothing from a batch with one bad event", async () => {
    const pusher = await harness.connectedClient();
    const channel = await harness.subscribed(pusher, "news");
    const seen: unknown[] = [];
    channel.bind("update", (data: unknown) => seen.push(data));
    const failed = failure(
      harness.sdk.triggerBatch([
        { channel: "news", name: "update", data: { n: 1 } },
        { channel: "news", name: "update", data: "x".repeat(11 * 1024) },
      ]),
    );
    expect((await failed).status).toBe(413);
    const fence = new Promise((resolve) => channel.bind("fence", resolve));
    await harness.sdk.trigger("news", "fence", {});
    await fence;
    expect(seen).toEqual([]);
  });
});
