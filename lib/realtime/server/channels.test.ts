import { createHmac } from "node:crypto";
import type { Members, PresenceChannel } from "pusher-js";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { nextEvent, startTestServer, TEST_APP, type TestServer } from "@/lib/testing/realtime-protocol";

let harness: TestServer;
beforeEach(async () => {
  harness = await startTestServer();
});
afterEach(() => harness.stop());

/** An authorization signed with a secret that is not the app's. */
const forged = (socketId: string, channelName: string) => ({
  auth: `${TEST_APP.key}:${createHmac("sha256", "not-the-secret").update(`${socketId}:${channelName}`).digest("hex")}`,
});

type SubscriptionError = { type: string; error: string; status: number };

describe("public and private channels", () => {
  it("deliver events triggered through the HTTP API", async () => {
    const pusher = await harness.connectedClient();
    for (const name of ["news", "private-inbox-7"]) {
      const channel = await harness.subscribed(pusher, name);
      const received = nextEvent(channel, "update");
      await harness.sdk.trigger(name, "update", { text: `hello ${name}` });
      expect(await received).toEqual({ text: `hello ${name}` });
    }
  });

  it("deliver one trigger to several channels, and batches", async () => {
    const pusher = await harness.connectedClient();
    const [a, b] = [await harness.subscribed(pusher, "private-a"), await harness.subscribed(pusher, "b")];
    const both = Promise.all([nextEvent(a, "ping"), nextEvent(b, "ping")]);
    await harness.sdk.trigger(["private-a", "b"], "ping", { n: 1 });
    expect(await both).toEqual([{ n: 1 }, { n: 1 }]);

    const batch = Promise.all([nextEvent(a, "first"), nextEvent(b, "second")]);
    await harness.sdk.triggerBatch([
      { channel: "private-a", name: "first", data: { n: 2 } },
      { channel: "b", name: "second", data: { n: 3 } },
    ]);
    expect(await batch).toEqual([{ n: 2 }, { n: 3 }]);
  });

  it("leave out the socket named by socket_id", async () => {
    const sender = await harness.connectedClient();
    const other = await harness.connectedClient();
    const senderChannel = await harness.subscribed(sender, "private-room");
    const otherChannel = await harness.subscribed(other, "private-room");
    const seenBySender: unknown[] = [];
    senderChannel.bind("message", (data: unknown) => seenBySender.push(data));

    const otherGot = nextEvent(otherChannel, "message");
    await harness.sdk.trigger("private-room", "message", { n: 1 }, { socket_id: sender.connection.socket_id });
    expect(await otherGot).toEqual({ n: 1 });
    // Events on one connection arrive in order: once the second is in, the first would have been too.
    const senderGot = nextEvent(senderChannel, "message");
    await harness.sdk.trigger("private-room", "message", { n: 2 });
    await senderGot;
    expect(seenBySender).toEqual([{ n: 2 }]);
  });

  it("empty a channel when its last subscriber leaves", async () => {
    const pusher = await harness.connectedClient();
    await harness.subscribed(pusher, "private-gone");
    pusher.unsubscribe("private-gone");
    // Frames on one connection are handled in order: once this subscription is confirmed, the unsubscribe was done.
    await harness.subscribed(pusher, "fence");
    expect(await (await harness.sdk.get({ path: "/channels/private-gone" })).json()).toEqual({ occupied: false });
  });
});

describe("refused subscriptions", () => {
  it("refuse a private subscription with a forged signature, with pusher-js's subscription error", async () => {
    const pusher = await harness.connectedClient({ authorizer: forged });
    const channel = pusher.subscribe("private-secret");
    const error = await nextEvent<SubscriptionError>(channel, "pusher:subscription_error");
    expect(error).toMatchObject({ type: "AuthError", status: 401, error: expect.stringMatching(/Invalid signature/) });
    const info = await (await harness.sdk.get({ path: "/channels/private-secret" })).json();
    expect(info).toEqual({ occupied: false });
  });

  it("refuse a signature made for another socket (a replayed authorization)", async () => {
    const victim = await harness.connectedClient();
    const attacker = await harness.connectedClient({
      authorizer: (_socketId, channelName) => harness.authorize(victim.connection.socket_id, channelName),
    });
    const error = await nextEvent<SubscriptionError>(attacker.subscribe("private-victim"), "pusher:subscription_error");
    expect(error.status).toBe(401);
  });

  it("refuse private and presence subscriptions without auth, and invalid channel names", async () => {
    const socket = await harness.raw();
    await socket.next("pusher:connection_established");
    socket.send({ event: "pusher:subscribe", data: { channel: "private-x" } });
    expect(await socket.next("pusher:subscription_error")).toMatchObject({ channel: "private-x", data: { status: 401 } });
    socket.send({ event: "pusher:subscribe", data: { channel: "presence-x", auth: `${TEST_APP.key}:` } });
    expect(await socket.next("pusher:subscription_error", 2)).toMatchObject({ channel: "presence-x", data: { status: 401 } });
    socket.send({ event: "pusher:subscribe", data: { channel: "bad channel!" } });
    expect((await socket.next("pusher:error")).data).toMatchObject({ code: 4300, message: expect.stringMatching(/Invalid channel name/) });
  });

  it("refuse more than 100 channels on one connection", async () => {
    const socket = await harness.raw();
    await socket.next("pusher:connection_established");
    for (let n = 1; n <= 101; n++) socket.send({ event: "pusher:subscribe", data: { channel: `feed-${n}` } });
    expect((await socket.next("pusher:error")).data).toMatchObject({ code: 4300, message: expect.stringMatching(/too many channels/) });
    const confirmed = socket.messages.filter((message) => message.event === "pusher_internal:subscription_succeeded");
    expect(confirmed).toHaveLength(100);
    expect(await (await harness.sdk.get({ path: "/channels/feed-101" })).json()).toEqual({ occupied: false });
  });

  it("refuse a presence subscription whose channel_data was changed after signing", async () => {
    const pusher = await harness.connectedClient({
      authorizer: (socketId, channelName) => ({
        ...harness.authorize(socketId, channelName, { userId: "member-1" }),
        channel_data: JSON.stringify({ user_id: "admin" }),
      }),
    });
    const error = await nextEvent<SubscriptionError>(pusher.subscribe("presence-room"), "pusher:subscription_error");
    expect(error.status).toBe(401);
  });
});

describe("presence channels", () => {
  const memberIds = (members: Members) => {
    const ids: string[] = [];
    members.each((member: { id: string }) => ids.push(member.id));
    return ids.sort();
  };

  it("list who is present and announce arrivals and departures, counting a user's sockets once", async () => {
    const alice = await harness.connectedClient({ user: { userId: "alice", info: { name: "Alice" } } });
    const aliceRoom = (await harness.subscribed(alice, "presence-room")) as PresenceChannel;
    expect(memberIds(aliceRoom.members)).toEqual(["alice"]);

    const bobArrives = nextEvent<{ id: string; info: unknown }>(aliceRoom, "pusher:member_added");
    const bob = await harness.connectedClient({ user: { userId: "bob", info: { name: "Bob" } } });
    const bobRoom = (await harness.subscribed(bob, "presence-room")) as PresenceChannel;
    expect(await bobArrives).toEqual({ id: "bob", info: { name: "Bob" } });
    expect(memberIds(bobRoom.members)).toEqual(["alice", "bob"]);
    expect(bobRoom.members.get("alice")).toEqual({ id: "alice", info: { name: "Alice" } });
    expect(bobRoom.members.me).toEqual({ id: "bob", info: { name: "Bob" } });

    // Alice in a second tab: not a new member for Bob, and leaving it does not remove her.
    const changes: string[] = [];
    bobRoom.bind("pusher:member_added", (member: { id: string }) => changes.push(`+${member.id}`));
    bobRoom.bind("pusher:member_removed", (member: { id: string }) => changes.push(`-${member.id}`));
    const aliceTab = await harness.connectedClient({ user: { userId: "alice", info: { name: "Alice" } } });
    const tabRoom = (await harness.subscribed(aliceTab, "presence-room")) as PresenceChannel;
    expect(tabRoom.members.count).toBe(2);
    const users = await (await harness.sdk.get({ path: "/channels/presence-room/users" })).json();
    expect(users.users.map((user: { id: string }) => user.id).sort()).toEqual(["alice", "bob"]);

    aliceTab.unsubscribe("presence-room");
    // In order on one connection: once this is confirmed, the tab has left; then Bob's fence event follows any departure.
    await harness.subscribed(aliceTab, "fence");
    const fence = nextEvent(bobRoom, "fence");
    await harness.sdk.trigger("presence-room", "fence", {});
    await fence;
    expect(changes).toEqual([]);
    expect(memberIds(bobRoom.members)).toEqual(["alice", "bob"]);

    const aliceLeaves = nextEvent<{ id: string }>(bobRoom, "pusher:member_removed");
    alice.disconnect();
    expect(await aliceLeaves).toMatchObject({ id: "alice" });
    expect(changes).toEqual(["-alice"]);
    expect(memberIds(bobRoom.members)).toEqual(["bob"]);
  });
});
