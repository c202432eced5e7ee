/**
 * The bundled realtime server: Pusher Channels protocol 7 on `ws` and
 * `node:http`, so the official `pusher-js` (browsers) and `pusher` (the
 * app's server) packages work against it unchanged, and the same
 * environment variables can point the app at Pusher's cloud instead.
 *
 * Design
 * - One process, one app (id, key, secret), everything in memory: channels
 *   exist while someone is subscribed, nothing is stored (the app stores
 *   messages before it broadcasts them). It runs as a single instance:
 *   several would each know only their own clients. One port serves both
 *   the WebSocket endpoint `/app/{key}` and the HTTP API `/apps/{id}/…`.
 * - Files by concern: protocol.ts (wire format, limits, error codes),
 *   messages.ts (what clients may send), signatures.ts (HMAC checks),
 *   presence.ts + channels.ts (who is subscribed, fan-out), connection.ts
 *   (one client's frames), heartbeat.ts (dead connections), http-auth.ts +
 *   http-events.ts + http-api.ts (the signed HTTP API), and this assembly.
 * - A broadcast encodes its frame once and hands the same bytes to every
 *   subscriber's socket.
 * - Flooding: at most 20,000 connections in all and 50 from one address
 *   (REALTIME_MAX_CONNECTIONS_PER_ADDRESS; the address is the socket's, or
 *   with TRUST_PROXY the last X-Forwarded-For entry, the one the reverse
 *   proxy appended); a slot frees when its socket closes. Every frame to a
 *   client checks what already waits for it: past 1 MiB (a client that has
 *   stopped reading) the connection is closed rather than buffered for.
 *   At most 100 channels and 10 client events a second per connection.
 * - Users (Pusher's user authentication): `pusher:signin` with user_data
 *   the app signed for this socket makes the connection that user's, and
 *   pusher-js's `#server-to-user-<id>` subscription is confirmed for them
 *   (no server-to-user events are sent: the app sends none).
 *   `POST /apps/{id}/users/{user_id}/terminate_connections` closes every
 *   connection of the user: signed in as them, or, stricter than Pusher's
 *   cloud, present as them in a presence channel without signing in.
 * - An ended connection (refused, terminated, too slow, dead) leaves its
 *   channels at once, announcing presence departures, and what it still
 *   sends is ignored: a client that has stopped reading never finishes the
 *   close handshake, which `ws` gives up on after 30 s.
 * - Refusals follow the protocol: errors that end a connection (unknown app
 *   key 4001, wrong path 4005, protocol version 4007/4008, a refused signin
 *   or terminated user 4009, over capacity or too slow a reader 4100, dead
 *   connection 4201, shutdown 4200) send `pusher:error` and close with that
 *   code (pusher-js does not reconnect below 4100, backs off in 4100–4199,
 *   reconnects at once in 4200–4299); a refused message (malformed JSON,
 *   unknown event, oversize data, client event not allowed, over 100
 *   channels, a second signin: 4300; client-event rate limit: 4301) sends
 *   `pusher:error` and the connection stays. A bad or missing channel
 *   signature answers `pusher:subscription_error` on the channel, the event
 *   pusher-js raises when the app refuses an authorization. Frames over
 *   64 KiB are cut off by `ws` (close 1009) before they are read.
 * - The HTTP API refuses bad signatures and body_md5 (401), timestamps more
 *   than 600 s off (401), a write whose signature was already used (401),
 *   malformed bodies (400) and data over 10 KB (413).
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { randomInt } from "node:crypto";
import { WebSocketServer, type WebSocket } from "ws";
import { resolveClientAddress } from "../../http/client-address";
import { ChannelRegistry } from "./channels";
import { ClientConnection, closeWithError, type RealtimeApp } from "./connection";
import { startHeartbeat } from "./heartbeat";
import { handleApiRequest } from "./http-api";
import { ReplayGuard } from "./http-auth";
import { ErrorCode, internalMessage, LIMITS, PROTOCOL_VERSION } from "./protocol";

export type { RealtimeApp } from "./connection";

export type RealtimeServerOptions = {
  app: RealtimeApp;
  /** Seconds of client silence before the server pings; told to clients as activity_timeout. */
  activityTimeoutSeconds?: number;
  /** How long a server ping may go unanswered before the connection is closed (4201). */
  pongTimeoutMs?: number;
  /** Connections beyond this are refused with 4100 (over capacity). */
  maxConnections?: number;
  /** Connections from one client address beyond this are refused with 4100, so one address cannot hold them all. */
  maxConnectionsPerAddress?: number;
  /** Count a connection by the last X-Forwarded-For entry (appended by our reverse proxy), not its socket's address. */
  trustProxy?: boolean;
  clientEventsPerSecond?: number;
  /** Where unexpected errors are reported. */
  logError?: (message: string, error: unknown) => void;
};

export type RealtimeServer = {
  /** Resolves with the bound address (port 0 picks a free port). */
  listen(port: number, host?: string): Promise<AddressInfo>;
  /** Tells every client to reconnect (4200), then stops listening. */
  close(): Promise<void>;
  readonly connectionCount: number;
};

const DEFAULTS = { activityTimeoutSeconds: 120, pongTimeoutMs: 30_000, maxConnections: 20_000, maxConnectionsPerAddress: 50 };
const WEBSOCKET_PATH = /^\/app\/([^/]+)$/;
const CLOSE_GRACE_MS = 1_000;

/** "<random>.<sequence>": unique within the process, and not guessable from another socket's id. */
function socketIdFactory(): () => string {
  let sequence = 0;
  return () => `${randomInt(1, 2 ** 31)}.${++sequence}`;
}

export function createRealtimeServer(options: RealtimeServerOptions): RealtimeServer {
  const { app } = options;
  const activityTimeoutSeconds = options.activityTimeoutSeconds ?? DEFAULTS.activityTimeoutSeconds;
  const maxConnections = options.maxConnections ?? DEFAULTS.maxConnections;
  const maxPerAddress = options.maxConnectionsPerAddress ?? DEFAULTS.maxConnectionsPerAddress;
  const logError = options.logError ?? ((message, error) => console.error(`realtime: ${message}`, error));
  const channels = new ChannelRegistry();
  const connections = new Map<string, ClientConnection>();
  const connectionsByAddress = new Map<string, number>();
  const nextSocketId = socketIdFactory();
  const context = { app, channels, clientEventsPerSecond: options.clientEventsPerSecond ?? LIMITS.clientEventsPerSecond };
  const apiContext = {
    app,
    channels,
    connection: (socketId: string) => connections.get(socketId),
    terminateUserConnections,
    replays: new ReplayGuard(),
  };

  function terminateUserConnections(userId: string): void {
    for (const connection of connections.values()) {
      if (connection.belongsTo(userId)) connection.close(ErrorCode.unauthorized, "The app ended this user's connections");
    }
  }

  const http: Server = createServer((request, response) => {
    // Its answers are JSON or plain text, never to be read as anything else.
    response.setHeader("X-Content-Type-Options", "nosniff");
    handleApiRequest(apiContext, request, response).catch((error) => {
      logError(`HTTP ${request.method} ${request.url} failed`, error);
      if (!response.headersSent) response.writeHead(500, { "content-type": "text/plain" });
      response.end("Internal error");
    });
  });
  const websockets = new WebSocketServer({
    noServer: true,
    maxPayload: LIMITS.frameBytes,
    perMessageDeflate: false,
    clientTracking: false,
  });

  function countConnection(address: string, change: 1 | -1): void {
    const count = (connectionsByAddress.get(address) ?? 0) + change;
    if (count > 0) connectionsByAddress.set(address, count);
    else connectionsByAddress.delete(address);
  }

  function accept(socket: WebSocket, url: URL, key: string, address: string): void {
    socket.on("error", () => {
      // ws reports protocol violations (oversize frame, bad UTF-8) here, then closes the socket itself.
    });
    const protocol = url.searchParams.get("protocol");
    if (key !== app.key) return closeWithError(socket, ErrorCode.unknownAppKey, `App key ${key} does not exist`);
    if (protocol === null) return closeWithError(socket, ErrorCode.missingProtocol, "No protocol version supplied");
    if (protocol !== String(PROTOCOL_VERSION))
      return closeWithError(
        socket,
        ErrorCode.unsupportedProtocol,
        `Unsupported protocol version ${protocol}; this server speaks ${PROTOCOL_VERSION}`,
      );
    if (connections.size >= maxConnections) return closeWithError(socket, ErrorCode.overCapacity, "Over capacity");
    if ((connectionsByAddress.get(address) ?? 0) >= maxPerAddress) {
      return closeWithError(socket, ErrorCode.overCapacity, `Over capacity: at most ${maxPerAddress} connections from one address`);
    }

    const connection = new ClientConnection(socket, nextSocketId(), context);
    connections.set(connection.socketId, connection);
    countConnection(address, 1);
    socket.on("message", (data, isBinary) => {
      try {
        connection.receive(data, isBinary);
      } catch (error) {
        logError(`message from ${connection.socketId} failed`, error);
      }
    });
    socket.on("ping", () => connection.markActive());
    socket.on("pong", () => connection.markActive());
    socket.on("close", () => {
      connections.delete(connection.socketId);
      countConnection(address, -1);
      connection.dispose();
    });
    connection.send(
      internalMessage("pusher:connection_established", { socket_id: connection.socketId, activity_timeout: activityTimeoutSeconds }),
    );
  }

  /** Every open WebSocket, accepted or being refused, so that close() can wait for them all. */
  const sockets = new Set<WebSocket>();
  let allSocketsClosed: (() => void) | undefined;

  http.on("upgrade", (request, socket, head) => {
    const url = new URL(request.url ?? "/", "http://realtime.invalid");
    const match = WEBSOCKET_PATH.exec(url.pathname);
    // Node joins repeated X-Forwarded-For headers into one; the array type is for headers in general.
    const forwardedFor = [request.headers["x-forwarded-for"] ?? []].flat().join(",");
    const address = resolveClientAddress({ socketAddress: request.socket.remoteAddress, forwardedFor }, options.trustProxy ?? false);
    websockets.handleUpgrade(request, socket, head, (websocket) => {
      sockets.add(websocket);
      websocket.on("close", () => {
        sockets.delete(websocket);
        if (sockets.size === 0) allSocketsClosed?.();
      });
      if (!match)
        return closeWithError(websocket, ErrorCode.pathNotFound, `No WebSocket endpoint at ${url.pathname}; connect to /app/{key}`);
      accept(websocket, url, match[1], address);
    });
  });

  const stopHeartbeat = startHeartbeat(
    () => connections.values(),
    activityTimeoutSeconds * 1000,
    options.pongTimeoutMs ?? DEFAULTS.pongTimeoutMs,
  );

  return {
    get connectionCount() {
      return connections.size;
    },
    listen(port, host) {
      return new Promise((resolve, reject) => {
        http.once("error", reject);
        http.listen(port, host, () => {
          http.off("error", reject);
          resolve(http.address() as AddressInfo);
        });
      });
    },
    async close() {
      stopHeartbeat();
      const stopped = new Promise<void>((resolve) => http.close(() => resolve()));
      const drained = new Promise<void>((resolve) => (sockets.size === 0 ? resolve() : (allSocketsClosed = resolve)));
      // Each is ended before any leaves its channels, so none is sent the others' departures on the way out.
      for (const connection of connections.values()) connection.end(ErrorCode.serverRestarting, "Server shutting down; reconnect");
      http.closeIdleConnections();
      // Peers that never answer the close handshake, and HTTP requests still running, are cut after a grace period.
      const grace = setTimeout(() => {
        for (const socket of sockets) socket.terminate();
        http.closeAllConnections();
      }, CLOSE_GRACE_MS);
      grace.unref();
      await Promise.all([drained, stopped]);
      clearTimeout(grace);
    },
  };
}
