import type { Channel } from "pusher-js";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { nextEvent, nextPusherError, startTestServer, type RawClient, type TestServer } from "@/lib/testing/realtime-protocol";

let harness: TestServer;
beforeEach(async () => {
  harness = await startTestServer();
});
afterEach(() => harness.stop());

/** Two members of one channel, each recording the client events it receives. */
async function pair(channelName: string) {
  const sender = await harness.connectedClient({ user: { userId: "sender" } });
  const receiver = await harness.connectedClient({ user: { userId: "receiver" } });
  const senderChannel = await harness.subscribed(sender, channelName);
  const receiverChannel = await harness.subscribed(receiver, channelName);
  const seenBySender: unknown[] = [];
  senderChannel.bind("client-typing", (data: unknown) => seenBySender.push(data));
  return { sender, receiver, senderChannel, receiverChannel, seenBySender };
}

/** A server event after the client events: once it arrives, every earlier frame for this connection has too. */
async function fence(channel: Channel): Promise<void> {
  const arrived = nextEvent(channel, "fence");
  await harness.sdk.trigger(channel.name, "fence", {});
  await arrived;
}

async function rawSubscriber(channelName: string): Promise<RawClient> {
  const socket = await harness.raw();
  const established = await socket.next("pusher:connection_established");
  const { socket_id } = established.data as { socket_id: string };
  socket.send({ event: "pusher:subscribe", data: { channel: channelName, ...harness.authorize(socket_id, channelName) } });
  await socket.next("pusher_internal:subscription_succeeded");
  return socket;
}

describe("client events", () => {
  it("reach the other members of a private channel, not the sender", async () => {
    const { senderChannel, receiverChannel, seenBySender } = await pair("private-chat");
    const received = nextEvent(receiverChannel, "client-typing");
    senderChannel.trigger("client-typing", { userId: "sender" });
    expect(await received).toEqual({ userId: "sender" });
    await fence(senderChannel);
    expect(seenBySender).toEqual([]);
  });

  it("carry the sender's user_id on presence channels", async () => {
    const { senderChannel, receiverChannel } = await pair("presence-chat");
    const received = new Promise<unknown>((resolve) =>
      receiverChannel.bind("client-typing", (_data: unknown, metadata: unknown) => resolve(metadata)),
    );
    senderChannel.trigger("client-typing", { userId: "sender" });
    expect(await received).toEqual({ user_id: "sender" });
  });

  it("are refused on public channels", async () => {
    const { sender, senderChannel, receiverChannel } = await pair("lobby");
    const seenByReceiver: unknown[] = [];
    receiverChannel.bind("client-typing", (data: unknown) => seenByReceiver.push(data));
    const error = nextPusherError(sender);
    senderChannel.trigger("client-typing", {});
    expect(await error).toMatchObject({ code: 4300, message: expect.stringMatching(/only allowed on private and presence channels/) });
    await fence(receiverChannel);
    expect(seenByReceiver).toEqual([]);
  });

  it("are refused on a channel the sender has not subscribed to", async () => {
    const receiver = await rawSubscriber("private-closed");
    const intruder = await harness.raw();
    intruder.send({ event: "client-typing", channel: "private-closed", data: {} });
    expect((await intruder.next("pusher:error")).data).toMatchObject({ code: 4300, message: expect.stringMatching(/not subscribed/) });
    const after = receiver.messages.length;
    await harness.sdk.trigger("private-closed", "fence", {});
    await receiver.next("fence", after);
    expect(receiver.messages.map((message) => message.event)).not.toContain("client-typing");
  });

  it("over 10 KB of data are refused, and the connection keeps working", async () => {
    const { sender, senderChannel, receiverChannel } = await pair("private-big");
    const error = nextPusherError(sender);
    senderChannel.trigger("client-typing", { text: "x".repeat(11 * 1024) });
    expect(await error).toMatchObject({ code: 4300, message: expect.stringMatching(/over 10240 bytes/) });
    const received = nextEvent(receiverChannel, "client-typing");
    senderChannel.trigger("client-typing", { text: "small" });
    expect(await received).toEqual({ text: "small" });
  });

  it("are rate-limited to 10 a second per connection with 4301", async () => {
    const receiver = await rawSubscriber("private-flood");
    const flooder = await rawSubscriber("private-flood");
    const attempts = 30;
    for (let n = 0; n < attempts; n++) flooder.send({ event: "client-typing", channel: "private-flood", data: { n } });
    const after = receiver.messages.length;
    await harness.sdk.trigger("private-flood", "fence", {});
    await receiver.next("fence", after);
    await flooder.next("fence");
    const delivered = receiver.messages.filter((message) => message.event === "client-typing").length;
    const refused = flooder.messages.filter((message) => message.event === "pusher:error");
    expect(refused.length).toBeGreaterThan(0);
    expect(refused.every((message) => (message.data as { code: number }).code === 4301)).toBe(true);
    expect(delivered + refused.length).toBe(attempts);
    // A burst of 10, plus what refilled while the burst was read: far below the 30 sent.
    expect(delivered).toBeLessThan(attempts / 2);
  });
});
