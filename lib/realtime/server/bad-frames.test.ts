import type { Channel } from "pusher-js";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { nextEvent, startTestServer, type RawClient, type TestServer } from "@/lib/testing/realtime-protocol";

let harness: TestServer;
let bystander: Channel;
beforeEach(async () => {
  harness = await startTestServer();
  bystander = await harness.subscribed(await harness.connectedClient(), "news");
});
afterEach(() => harness.stop());

/** Everyone else is still served: a pusher-js client keeps receiving events. */
async function othersStillServed(): Promise<void> {
  const received = nextEvent(bystander, "update");
  await harness.sdk.trigger("news", "update", { ok: true });
  expect(await received).toEqual({ ok: true });
}

async function connected(): Promise<RawClient> {
  const socket = await harness.raw();
  await socket.next("pusher:connection_established");
  return socket;
}

/** The connection still answers: a ping after the bad frame gets its pong. */
async function stillOpen(socket: RawClient): Promise<void> {
  const after = socket.messages.length;
  socket.send({ event: "pusher:ping", data: {} });
  await socket.next("pusher:pong", after);
}

describe("bad frames", () => {
  const refusals: { name: string; frame: string | Buffer; message: RegExp }[] = [
    { name: "malformed JSON", frame: '{"event":"pusher:subscribe",', message: /Malformed message/ },
    { name: "JSON that is not an event", frame: "[1,2,3]", message: /Malformed message/ },
    {
      name: "an unknown event name",
      frame: JSON.stringify({ event: "pusher:teleport", data: {} }),
      message: /Unsupported event: pusher:teleport/,
    },
    { name: "an event without a prefix", frame: JSON.stringify({ event: "hello", data: {} }), message: /Unsupported event: hello/ },
    {
      name: "a subscribe without a channel",
      frame: JSON.stringify({ event: "pusher:subscribe", data: {} }),
      message: /Malformed pusher:subscribe/,
    },
    { name: "a binary frame", frame: Buffer.from([1, 2, 3]), message: /Binary frames are not supported/ },
  ];

  for (const { name, frame, message } of refusals) {
    it(`refuses ${name} with pusher:error 4300 and keeps the connection`, async () => {
      const socket = await connected();
      socket.send(frame);
      expect((await socket.next("pusher:error")).data).toMatchObject({ code: 4300, message: expect.stringMatching(message) });
      await stillOpen(socket);
      await othersStillServed();
    });
  }

  it("cuts off a frame over 64 KiB (close 1009) without disturbing anyone else", async () => {
    const socket = await connected();
    socket.send(JSON.stringify({ event: "client-x", channel: "private-a", data: "x".repeat(70 * 1024) }));
    expect((await socket.closed).code).toBe(1009);
    await othersStillServed();
  });
});
