/**
 * The app's realtime path on a Pusher cluster: two soketi nodes sharing
 * state through Redis, as behind a load balancer that sends each browser to
 * either node. Everything the app does goes through its own code: the
 * server `pusher` client (pointed at node A by PUSHER_HOST/PUSHER_PORT), the
 * channel authorization and user authentication its /api/realtime routes
 * sign, the browser options from lib/realtime/config, and pusher-js.
 */
import PusherClient, { type PresenceChannel } from "pusher-js";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { ROOM_EVENTS, roomChannel } from "@/lib/chat/channels";
import { authenticateMember, authorizeRoomChannel } from "@/lib/chat/channel-auth";
import { broadcastToRoom } from "@/lib/chat/broadcast";
import { onlineCountsByRoom } from "@/lib/chat/online";
import { createRoom, getRoomBySlug } from "@/lib/chat/rooms";
import { parseEnv } from "@/lib/env-schema";
import { healthReport } from "@/lib/health/checks";
import { clientOptionsFrom } from "@/lib/realtime/config";
import { endRealtimeSessions } from "@/lib/realtime/sessions";
import { createTestUser, uniqueUsername } from "@/lib/testing/factories";
import { nextEvent, nextPusherError, signedIn, waitFor, type PusherError } from "@/lib/testing/realtime-protocol";
import type { RunningService } from "@/lib/testing/services/service-process";

const cluster = await vi.hoisted(async () => {
  const { startPusherCluster } = await import("@/lib/testing/services/pusher-cluster");
  const app = { id: "cluster-app", key: "cluster-key", secret: "cluster-secret" };
  const started = await startPusherCluster(app, 2);
  // The app reads its realtime settings when lib/env is first imported, after this.
  Object.assign(process.env, {
    PUSHER_HOST: "127.0.0.1",
    PUSHER_PORT: String(started.nodes[0].port),
    PUSHER_APP_ID: app.id,
    PUSHER_KEY: app.key,
    PUSHER_SECRET: app.secret,
  });
  return started;
});
const [nodeA, nodeB] = cluster.nodes;
// Each node may take service-process's grace period to stop: longer than Vitest's default for a hook.
afterAll(() => cluster.stop(), 60_000);

const browsers: PusherClient[] = [];
afterEach(() => {
  for (const browser of browsers.splice(0)) browser.disconnect();
});

/**
 * A member's chat page whose connection the load balancer sent to `node`:
 * the browser options the page gets (PUSHER_PUBLIC_PORT naming that node),
 * signed in and authorized exactly as the app's two routes sign.
 */
async function memberPageOn(node: RunningService, userId: string): Promise<PusherClient> {
  const { key, ...options } = clientOptionsFrom(parseEnv({ ...process.env, PUSHER_PUBLIC_PORT: String(node.port) }));
  const browser = new PusherClient(key, {
    ...options,
    channelAuthorization: {
      customHandler: ({ socketId, channelName }, callback) =>
        void authorizeRoomChannel(userId, socketId, channelName).then((result) =>
          result.ok ? callback(null, result.auth) : callback(new Error(result.reason), null),
        ),
    },
    userAuthentication: {
      customHandler: ({ socketId }, callback) =>
        void authenticateMember(userId, socketId).then((auth) =>
          auth ? callback(null, auth) : callback(new Error("no such member"), null),
        ),
    },
  });
  browsers.push(browser);
  await waitFor(`a connection to the node on port ${node.port}`, (resolve) => browser.connection.bind("connected", resolve));
  await signedIn(browser);
  return browser;
}

async function joined(browser: PusherClient, roomId: string): Promise<PresenceChannel> {
  const channel = browser.subscribe(roomChannel(roomId)) as PresenceChannel;
  await nextEvent(channel, "pusher:subscription_succeeded");
  return channel;
}

/** Two members in one open room: Ada's page on node A, Ben's on node B. */
async function ada_and_ben_in_a_room() {
  const [ada, ben] = [await createTestUser("ada"), await createTestUser("ben")];
  const created = await createRoom(ada.id, { name: uniqueUsername("Cluster"), description: "" });
  const room = created.ok ? await getRoomBySlug(created.value) : null;
  if (!room) throw new Error(`the room was not created: ${JSON.stringify(created)}`);
  const adaPage = await memberPageOn(nodeA, ada.id);
  const adaChannel = await joined(adaPage, room.id);
  const benArrives = nextEvent<{ id: string; info: { username: string } }>(adaChannel, "pusher:member_added");
  const benPage = await memberPageOn(nodeB, ben.id);
  const benChannel = await joined(benPage, room.id);
  return { ada, ben, room, adaPage, adaChannel, benPage, benChannel, benArrives };
}

describe("realtime on two soketi nodes sharing Redis", () => {
  it("shows a member who joins on one node to members on the other, with the details the app signed", async () => {
    const { ada, ben, adaChannel, benChannel, benArrives } = await ada_and_ben_in_a_room();
    expect(await benArrives).toEqual({ id: ben.id, info: expect.objectContaining({ username: ben.username }) });
    expect(adaChannel.members.count).toBe(2);
    expect(benChannel.members.get(ada.id)).toEqual({ id: ada.id, info: expect.objectContaining({ username: ada.username }) });
  });

  it("delivers what the app broadcasts through node A to a page on node B", async () => {
    const { room, benChannel } = await ada_and_ben_in_a_room();
    const arrives = nextEvent(benChannel, ROOM_EVENTS.message);
    expect(await broadcastToRoom(room.id, ROOM_EVENTS.message, { id: 1, body: "hello from node A" })).toBe(true);
    expect(await arrives).toEqual({ id: 1, body: "hello from node A" });
  });

  it("passes a member's typing (a client event) to the other node, naming the sender itself", async () => {
    const { ben, adaChannel, benChannel } = await ada_and_ben_in_a_room();
    const typing = waitFor<{ data: unknown; metadata: unknown }>("client-typing on Ada's page", (resolve) =>
      adaChannel.bind(ROOM_EVENTS.typing, (data: unknown, metadata: unknown) => resolve({ data, metadata })),
    );
    expect(benChannel.trigger(ROOM_EVENTS.typing, { userId: "someone else" })).toBe(true);
    expect(await typing).toEqual({ data: { userId: "someone else" }, metadata: { user_id: ben.id } });
  });

  it("ends a member's connection on node B when the app, talking to node A, ends their sessions", async () => {
    const { ben, adaPage, adaChannel, benPage } = await ada_and_ben_in_a_room();
    const ended = nextPusherError(benPage);
    const benLeaves = nextEvent<{ id: string }>(adaChannel, "pusher:member_removed");
    await endRealtimeSessions(ben.id);
    // The chat page knows the app ended it by this code (app/(site)/chat/[slug]/use-room-channel.ts).
    expect(await ended).toEqual<PusherError>({ code: 4009, message: expect.any(String) });
    expect((await benLeaves).id).toBe(ben.id);
    expect(adaPage.connection.state).toBe("connected");
  });

  it("answers the health check's signed probe, as load balancers ask it", async () => {
    expect((await healthReport()).realtime).toBe("ok");
  });

  it("counts who is online per room across both nodes for the room list: open connections, on soketi", async () => {
    const { ada, room } = await ada_and_ben_in_a_room();
    expect((await onlineCountsByRoom())?.get(room.id)).toBe(2);
    // soketi answers subscription_count only (lib/chat/online.ts): Ada's second tab counts as one more.
    await joined(await memberPageOn(nodeB, ada.id), room.id);
    expect((await onlineCountsByRoom())?.get(room.id)).toBe(3);
  });
});
