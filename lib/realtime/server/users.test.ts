import Pusher from "pusher";
import type { Channel } from "pusher-js";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { hmacSha256Hex } from "./signatures";
import {
  nextEvent,
  nextPusherError,
  signedIn,
  startTestServer,
  TEST_APP,
  until,
  type RawClient,
  type TestServer,
} from "@/lib/testing/realtime-protocol";

let harness: TestServer;
beforeEach(async () => {
  harness = await startTestServer();
});
afterEach(() => harness.stop());

/** A raw socket and the id the server gave it. */
async function rawConnection(): Promise<{ socket: RawClient; socketId: string }> {
  const socket = await harness.raw();
  const established = await socket.next("pusher:connection_established");
  return { socket, socketId: (established.data as { socket_id: string }).socket_id };
}

async function rawSignedIn(userId: string): Promise<{ socket: RawClient; socketId: string }> {
  const connection = await rawConnection();
  connection.socket.send({ event: "pusher:signin", data: harness.sdk.authenticateUser(connection.socketId, { id: userId }) });
  await connection.socket.next("pusher:signin_success");
  return connection;
}

async function rawPresence(socket: RawClient, socketId: string, channel: string, userId: string): Promise<void> {
  socket.send({ event: "pusher:subscribe", data: { channel, ...harness.authorize(socketId, channel, { userId }) } });
  await socket.next("pusher_internal:subscription_succeeded");
}

/** The first pusher:error after `after` messages, and the close that follows it. */
async function refusal(socket: RawClient, after = 0): Promise<{ error: unknown; close: number }> {
  const error = (await socket.next("pusher:error", after)).data;
  return { error, close: (await socket.closed).code };
}

/** A server event after everything else: once it arrives, every earlier frame for this connection has too. */
async function fence(channel: Channel): Promise<void> {
  const arrived = nextEvent(channel, "fence");
  await harness.sdk.trigger(channel.name, "fence", {});
  await arrived;
}

describe("signing in (pusher:signin)", () => {
  it("makes a pusher-js client's connection its user's, and confirms that user's server-to-user channel", async () => {
    const alice = await harness.connectedClient({ user: { userId: "alice", info: { name: "Alice" } } });
    await signedIn(alice);
    expect(alice.user.user_data).toEqual({ id: "alice", user_info: { name: "Alice" } });
    await until("the server-to-user channel", () => alice.user.serverToUserChannel?.subscribed === true);
  });

  it("refuses a signature made for another socket or with another secret with 4009, and closes", async () => {
    const forger = new Pusher({
      appId: TEST_APP.id,
      key: TEST_APP.key,
      secret: "guessed",
      host: "127.0.0.1",
      port: String(harness.port),
      useTLS: false,
    });
    const otherSocket = await rawConnection();
    otherSocket.socket.send({ event: "pusher:signin", data: harness.sdk.authenticateUser("1234.5678", { id: "alice" }) });
    const wrongSecret = await rawConnection();
    wrongSecret.socket.send({ event: "pusher:signin", data: forger.authenticateUser(wrongSecret.socketId, { id: "alice" }) });
    for (const { socket, socketId } of [otherSocket, wrongSecret]) {
      expect(await refusal(socket)).toEqual({
        error: { code: 4009, message: `Invalid signature for pusher:signin on socket ${socketId}` },
        close: 4009,
      });
    }
  });

  it("refuses signed user_data without a string id (4009), and a malformed signin without closing (4300)", async () => {
    const { socket, socketId } = await rawConnection();
    socket.send({ event: "pusher:signin", data: { auth: "x" } });
    expect((await socket.next("pusher:error")).data).toMatchObject({ code: 4300 });
    // Signed by hand (the SDK refuses to sign it): the signature holds, the id does not.
    const userData = JSON.stringify({ id: 42 });
    const auth = `${TEST_APP.key}:${hmacSha256Hex(TEST_APP.secret, `${socketId}::user::${userData}`)}`;
    socket.send({ event: "pusher:signin", data: { auth, user_data: userData } });
    expect(await refusal(socket, socket.messages.length)).toEqual({
      error: { code: 4009, message: 'user_data needs an "id": a string of 1 to 128 characters' },
      close: 4009,
    });
  });

  it("refuses another user's server-to-user channel, and a second sign-in on the same connection", async () => {
    const { socket, socketId } = await rawSignedIn("alice");
    socket.send({ event: "pusher:subscribe", data: { channel: "#server-to-user-bob" } });
    expect(await socket.next("pusher:subscription_error")).toMatchObject({ channel: "#server-to-user-bob", data: { status: 401 } });
    socket.send({ event: "pusher:signin", data: harness.sdk.authenticateUser(socketId, { id: "bob" }) });
    expect((await socket.next("pusher:error")).data).toEqual({ code: 4300, message: "This connection is signed in already, as alice" });
  });
});

describe("terminating a user's connections (POST /users/{id}/terminate_connections)", () => {
  it("closes every connection signed in as the user with 4009, so pusher-js stays away; they leave presence and the others stay", async () => {
    const [alicePhone, aliceLaptop, bob] = await Promise.all(
      ["alice", "alice", "bob"].map((userId) => harness.connectedClient({ user: { userId, info: { name: userId } } })),
    );
    for (const client of [alicePhone, aliceLaptop, bob]) await signedIn(client);
    await harness.subscribed(alicePhone, "presence-room");
    await harness.subscribed(aliceLaptop, "presence-room");
    const room = await harness.subscribed(bob, "presence-room");
    const departures: string[] = [];
    room.bind("pusher:member_removed", ({ id }: { id: string }) => departures.push(id));
    const errors = [nextPusherError(alicePhone), nextPusherError(aliceLaptop)];

    await harness.sdk.terminateUserConnections("alice");

    for (const error of await Promise.all(errors)) expect(error).toEqual({ code: 4009, message: "The app ended this user's connections" });
    await fence(room);
    expect(departures).toEqual(["alice"]);
    expect([alicePhone.connection.state, aliceLaptop.connection.state, bob.connection.state]).toEqual([
      "disconnected",
      "disconnected",
      "connected",
    ]);
    expect(await (await harness.sdk.get({ path: "/channels/presence-room/users" })).json()).toEqual({ users: [{ id: "bob" }] });
  });

  it("also closes a connection present as the user that never signed in", async () => {
    const { socket, socketId } = await rawConnection();
    await rawPresence(socket, socketId, "presence-room", "alice");
    await harness.sdk.terminateUserConnections("alice");
    expect(await refusal(socket)).toEqual({ error: { code: 4009, message: "The app ended this user's connections" }, close: 4009 });
  });

  it("acts on nothing a closed connection still sends before it reads the close", async () => {
    const alice = await rawSignedIn("alice");
    await rawPresence(alice.socket, alice.socketId, "presence-room", "alice");
    const bob = await harness.connectedClient({ user: { userId: "bob" } });
    const room = await harness.subscribed(bob, "presence-room");
    const typing: unknown[] = [];
    room.bind("client-typing", (data: unknown) => typing.push(data));
    alice.socket.socket.pause();

    await harness.sdk.terminateUserConnections("alice");
    alice.socket.send({ event: "client-typing", channel: "presence-room", data: { userId: "alice" } });
    alice.socket.socket.resume();
    // Its close answers the server's after the client event, on the same socket: once it is closed, the event was read.
    expect((await alice.socket.closed).code).toBe(4009);
    await until("the server to let the socket go", () => harness.server.connectionCount === 1);
    await fence(room);
    expect(typing).toEqual([]);
  });

  it("is refused without the app's signature, and for user ids over 128 characters", async () => {
    const forger = new Pusher({
      appId: TEST_APP.id,
      key: TEST_APP.key,
      secret: "guessed",
      host: "127.0.0.1",
      port: String(harness.port),
      useTLS: false,
    });
    const { socket } = await rawSignedIn("alice");
    const statusOf = (request: Promise<unknown>) =>
      request.then(
        () => 200,
        (error: { status?: number }) => error.status,
      );
    expect(await statusOf(forger.terminateUserConnections("alice"))).toBe(401);
    expect(await statusOf(harness.sdk.terminateUserConnections("a".repeat(129)))).toBe(400);
    socket.send({ event: "pusher:ping", data: {} });
    await socket.next("pusher:pong");
  });
});
