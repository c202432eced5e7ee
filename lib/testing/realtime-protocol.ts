/**
 * The protocol tests' fixtures: the real server on a free loopback port, the
 * official `pusher` SDK signing requests and authorizations, official
 * `pusher-js` clients, and raw `ws` sockets for frames pusher-js would never send.
 */
import Pusher from "pusher";
import PusherClient, { type Channel } from "pusher-js";
import { WebSocket } from "ws";
import { createRealtimeServer, type RealtimeServerOptions } from "@/lib/realtime/server/server";

export const TEST_APP = { id: "test-app", key: "test-key", secret: "test-secret" };
const WAIT_LIMIT_MS = 5_000;

export type PusherError = { code: number | null; message: string };
export type PresenceUser = { userId: string; info?: Record<string, unknown> };
export type Authorizer = (socketId: string, channelName: string, user?: PresenceUser) => { auth: string; channel_data?: string };
type ClientOptions = { user?: PresenceUser; key?: string; authorizer?: Authorizer };
export type RawClientOrigin = { localAddress?: string; headers?: Record<string, string> };

/** Where pusher-js connects: the app's key, protocol 7. */
export const RAW_PATH = `/app/${TEST_APP.key}?protocol=7&client=js&version=8.6.0`;

/** Resolves with the first call of `subscribe`'s listener, or fails naming what never came. */
export function waitFor<T>(what: string, subscribe: (resolve: (value: T) => void) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), WAIT_LIMIT_MS);
    subscribe((value) => {
      clearTimeout(timer);
      resolve(value);
    });
  });
}

/** Resolves once `condition` holds, checking every few milliseconds, or fails naming what never came. */
export async function until(what: string, condition: () => boolean): Promise<void> {
  const deadline = performance.now() + WAIT_LIMIT_MS;
  while (!condition()) {
    if (performance.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** A raw WebSocket that records every message, for frames pusher-js would never send. */
export class RawClient {
  readonly messages: { event: string; channel?: string; data: unknown }[] = [];
  private readonly listeners = new Set<() => void>();
  readonly closed: Promise<{ code: number; reason: string }>;

  constructor(readonly socket: WebSocket) {
    socket.on("message", (raw, isBinary) => {
      // A browser hands pusher-js a binary frame as a Blob, which it cannot read: recorded as such, it matches no event.
      const message = isBinary ? { event: "(unreadable binary frame)", data: raw.toString() } : JSON.parse(raw.toString());
      if (typeof message.data === "string" && message.event.startsWith("pusher")) message.data = JSON.parse(message.data);
      this.messages.push(message);
      for (const listener of this.listeners) listener();
    });
    this.closed = new Promise((resolve) => socket.on("close", (code, reason) => resolve({ code, reason: reason.toString() })));
  }

  /** The first message (already received or still to come) with this event name after `after` messages. */
  next(event: string, after = 0): Promise<{ event: string; channel?: string; data: unknown }> {
    return waitFor(`${event} on a raw socket`, (resolve) => {
      const check = () => {
        const found = this.messages.slice(after).find((message) => message.event === event);
        if (found) {
          this.listeners.delete(check);
          resolve(found);
        }
      };
      this.listeners.add(check);
      check();
    });
  }

  send(frame: string | Buffer | object): void {
    this.socket.send(typeof frame === "object" && !Buffer.isBuffer(frame) ? JSON.stringify(frame) : frame);
  }
}

export async function startTestServer(options: Partial<Omit<RealtimeServerOptions, "app">> = {}) {
  const server = createRealtimeServer({ app: TEST_APP, ...options });
  const { port } = await server.listen(0, "127.0.0.1");
  const sdk = new Pusher({
    appId: TEST_APP.id,
    key: TEST_APP.key,
    secret: TEST_APP.secret,
    host: "127.0.0.1",
    port: String(port),
    useTLS: false,
  });
  const clients: PusherClient[] = [];
  const rawSockets: WebSocket[] = [];

  /** The authorization the app's auth endpoint would give (signed by the SDK); channel_data is for presence channels only. */
  const authorize: Authorizer = (socketId, channelName, user) =>
    sdk.authorizeChannel(
      socketId,
      channelName,
      user && channelName.startsWith("presence-") ? { user_id: user.userId, user_info: user.info } : undefined,
    );

  /** A pusher-js client; `authorizer` replaces the app's signing, to send forged authorizations. */
  function client({ user, key = TEST_APP.key, authorizer = authorize }: ClientOptions = {}): PusherClient {
    const pusher = new PusherClient(key, {
      cluster: "mt1",
      wsHost: "127.0.0.1",
      wsPort: port,
      forceTLS: false,
      enabledTransports: ["ws"],
      disableStats: true,
      channelAuthorization: {
        customHandler: ({ socketId, channelName }, callback) => callback(null, authorizer(socketId, channelName, user)),
      },
      // What the app's user-authentication endpoint would answer, for pusher.signin().
      userAuthentication: {
        customHandler: ({ socketId }, callback) =>
          user
            ? callback(null, sdk.authenticateUser(socketId, { id: user.userId, user_info: user.info }))
            : callback(new Error("no user to sign in"), null),
      },
    });
    clients.push(pusher);
    return pusher;
  }

  async function connectedClient(options: ClientOptions = {}): Promise<PusherClient> {
    const pusher = client(options);
    await waitFor("pusher-js to connect", (resolve) => pusher.connection.bind("connected", resolve));
    return pusher;
  }

  async function subscribed(pusher: PusherClient, channelName: string): Promise<Channel> {
    const channel = pusher.subscribe(channelName);
    await waitFor(`subscription to ${channelName}`, (resolve) => channel.bind("pusher:subscription_succeeded", resolve));
    return channel;
  }

  /** A raw socket; `from` connects from another loopback address (127.0.0.2, …) or sends proxy headers. */
  async function raw(path = RAW_PATH, from: RawClientOrigin = {}): Promise<RawClient> {
    const socket = new WebSocket(`ws://127.0.0.1:${port}${path}`, { localAddress: from.localAddress, headers: from.headers });
    rawSockets.push(socket);
    const client = new RawClient(socket);
    await waitFor("the raw socket to open", (resolve) => socket.on("open", resolve));
    return client;
  }

  async function stop(): Promise<void> {
    for (const pusher of clients) pusher.disconnect();
    for (const socket of rawSockets) socket.terminate();
    await server.close();
  }

  return { server, port, sdk, authorize, client, connectedClient, subscribed, raw, stop, baseUrl: `http://127.0.0.1:${port}` };
}

export type TestServer = Awaited<ReturnType<typeof startTestServer>>;

/** Signs a client in as its user (pusher.signin()); resolves once the server confirmed. */
export async function signedIn(pusher: PusherClient): Promise<void> {
  const confirmed = waitFor("pusher:signin_success", (resolve) =>
    pusher.connection.bind("message", ({ event }: { event: string }) => event === "pusher:signin_success" && resolve(event)),
  );
  pusher.signin();
  await confirmed;
}

/** The next time `channel` receives `event`. */
export function nextEvent<T = unknown>(channel: Channel, event: string): Promise<T> {
  return waitFor(`${event} on ${channel.name}`, (resolve) => {
    const listener = (data: T) => {
      channel.unbind(event, listener);
      resolve(data);
    };
    channel.bind(event, listener);
  });
}

/** The next `pusher:error` the server sends this client. */
export function nextPusherError(pusher: PusherClient): Promise<PusherError> {
  return waitFor("a pusher:error", (resolve) => {
    const listener = (data: PusherError) => {
      pusher.unbind("pusher:error", listener);
      resolve(data);
    };
    pusher.bind("pusher:error", listener);
  });
}
