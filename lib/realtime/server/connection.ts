/**
 * One client's WebSocket: reads its frames, keeps its subscriptions, and
 * refuses what the protocol does not allow without closing the connection.
 */
import type { RawData, WebSocket } from "ws";
import type { ChannelRegistry, Subscriber } from "./channels";
import { parseClientFrame, parsePresenceMember, parseSignedInUserId } from "./messages";
import {
  channelKind,
  encodeMessage,
  ErrorCode,
  errorMessage,
  internalMessage,
  isValidChannelName,
  LIMITS,
  SERVER_TO_USER_PREFIX,
} from "./protocol";
import { TokenBucket } from "./rate-limit";
import { channelAuthValid, userAuthValid } from "./signatures";

export type RealtimeApp = { id: string; key: string; secret: string };

export type ConnectionContext = {
  app: RealtimeApp;
  channels: ChannelRegistry;
  clientEventsPerSecond: number;
};

/** A WebSocket close frame's reason holds 123 bytes (ws throws past that); a cut character becomes U+FFFD, within the limit. */
const CLOSE_REASON_BYTES = 120;

/**
 * Sends `pusher:error`, then closes with the same code, as Pusher does for
 * errors that end a connection. The error carries the whole message; the
 * close frame as much as fits, since messages may quote what the client sent.
 */
export function closeWithError(socket: WebSocket, code: number, message: string): void {
  // Text, like every frame: a browser hands a binary one to pusher-js as a Blob, which it cannot read.
  socket.send(errorMessage(code, message), { binary: false });
  socket.close(code, Buffer.from(message).subarray(0, CLOSE_REASON_BYTES).toString("utf8"));
}

const PONG = encodeMessage({ event: "pusher:pong", data: {} });
const PING = encodeMessage({ event: "pusher:ping", data: {} });

export class ClientConnection implements Subscriber {
  private readonly subscriptions = new Set<string>();
  private readonly clientEvents: TokenBucket;
  /** performance.now() of the last frame, ping or pong the client sent. */
  lastActivity = performance.now();
  /** When the server's own pusher:ping went out unanswered, if it did. */
  pingSentAt: number | undefined;
  /** Set once the connection is ended: from then on nothing is sent to it, and nothing it sends is acted on. */
  private ended = false;
  /** The user a pusher:signin the app signed named; the connection is theirs from then on. */
  private userId: string | undefined;

  constructor(
    private readonly socket: WebSocket,
    readonly socketId: string,
    private readonly context: ConnectionContext,
  ) {
    this.clientEvents = new TokenBucket(context.clientEventsPerSecond);
  }

  /**
   * Queues a frame, unless the client has stopped reading: past
   * LIMITS.sendBufferBytes waiting for it, it is closed instead (4100,
   * reconnect after a back-off), so a client that never reads cannot make
   * the server hold ever more of what it broadcasts.
   */
  send(frame: Buffer): void {
    if (this.ended || this.socket.readyState !== this.socket.OPEN) return;
    if (this.socket.bufferedAmount + frame.length > LIMITS.sendBufferBytes) {
      return this.close(
        ErrorCode.overCapacity,
        `Over capacity: over ${LIMITS.sendBufferBytes} bytes are waiting to be sent to this client`,
      );
    }
    this.socket.send(frame, { binary: false });
  }

  markActive(): void {
    this.lastActivity = performance.now();
    this.pingSentAt = undefined;
  }

  ping(): void {
    this.pingSentAt = performance.now();
    this.send(PING);
  }

  /**
   * Ends the connection: the error and the close frame go out behind
   * whatever is queued; from now on it is sent nothing, and nothing it sends
   * is acted on. It leaves its channels when the socket closes.
   */
  end(code: number, message: string): void {
    if (this.ended) return;
    this.ended = true;
    closeWithError(this.socket, code, message);
  }

  /**
   * Ends the connection and leaves its channels now, not when the client
   * answers the close, which one that has stopped reading never does (ws
   * drops such a socket after its close timeout).
   */
  close(code: number, message: string): void {
    this.end(code, message);
    this.dispose();
  }

  /**
   * Whether the connection is the user's: signed in as them, or present as
   * them in one of its presence channels (the app signed both). Pusher's
   * cloud ends only signed-in connections; here a client that never signs in
   * cannot keep its presence past terminate_connections either.
   */
  belongsTo(userId: string): boolean {
    if (this.userId === userId) return true;
    for (const channel of this.subscriptions) {
      if (this.context.channels.get(channel)?.members?.userIdOf(this.socketId) === userId) return true;
    }
    return false;
  }

  /** Leaves every channel (announcing departures on presence channels): the connection is over. */
  dispose(): void {
    this.ended = true;
    for (const channel of this.subscriptions) this.context.channels.unsubscribe(channel, this);
    this.subscriptions.clear();
  }

  receive(raw: RawData, isBinary: boolean): void {
    // Frames the client sent before it read the close.
    if (this.ended) return;
    this.markActive();
    if (isBinary) return this.refuse("Binary frames are not supported; send JSON text");
    const frame = parseClientFrame(raw.toString());
    switch (frame.kind) {
      case "ping":
        return this.send(PONG);
      case "pong":
        return;
      case "subscribe":
        return this.subscribe(frame.channel, frame.auth, frame.channelData);
      case "unsubscribe":
        if (this.context.channels.unsubscribe(frame.channel, this)) this.subscriptions.delete(frame.channel);
        return;
      case "signin":
        return this.signin(frame.auth, frame.userData);
      case "client-event":
        return this.clientEvent(frame.event, frame.channel, frame.data);
      case "invalid":
        return this.refuse(frame.reason);
    }
  }

  private refuse(message: string, code: number = ErrorCode.refused): void {
    this.send(errorMessage(code, message));
  }

  /** Bad auth answers on the channel, in the shape pusher-js gives an authorization refused by the app. */
  private refuseSubscription(channel: string, message: string): void {
    this.send(internalMessage("pusher:subscription_error", { type: "AuthError", error: message, status: 401 }, channel));
  }

  /** User authentication: a user_data the app signed for this socket makes the connection that user's (4009 and closed otherwise, as Pusher does). */
  private signin(auth: string, userData: string): void {
    if (this.userId !== undefined) return this.refuse(`This connection is signed in already, as ${this.userId}`);
    if (Buffer.byteLength(userData) > LIMITS.userDataBytes)
      return this.close(ErrorCode.unauthorized, `user_data is over ${LIMITS.userDataBytes} bytes`);
    if (!userAuthValid(this.context.app, this.socketId, auth, userData)) {
      return this.close(ErrorCode.unauthorized, `Invalid signature for pusher:signin on socket ${this.socketId}`);
    }
    const userId = parseSignedInUserId(userData);
    if (userId === undefined)
      return this.close(ErrorCode.unauthorized, `user_data needs an "id": a string of 1 to ${LIMITS.userIdLength} characters`);
    this.userId = userId;
    this.send(internalMessage("pusher:signin_success", { user_data: userData }));
  }

  /**
   * pusher-js subscribes to its user's server-to-user channel after signing
   * in. It is confirmed for that user alone; the app sends no server-to-user
   * events, so nothing is ever sent on it.
   */
  private confirmServerToUser(channel: string): void {
    if (this.userId === undefined || channel !== `${SERVER_TO_USER_PREFIX}${this.userId}`) {
      return this.refuseSubscription(channel, `Only a connection signed in as its user may subscribe to ${channel}`);
    }
    this.send(internalMessage("pusher_internal:subscription_succeeded", {}, channel));
  }

  private subscribe(channel: string, auth?: string, channelData?: string): void {
    if (channel.startsWith(SERVER_TO_USER_PREFIX)) return this.confirmServerToUser(channel);
    if (!isValidChannelName(channel)) return this.refuse(`Invalid channel name: ${channel}`);
    if (this.subscriptions.size >= LIMITS.channelsPerConnection && !this.subscriptions.has(channel)) {
      return this.refuse(`Subscribed to too many channels: at most ${LIMITS.channelsPerConnection} per connection`);
    }
    const kind = channelKind(channel);
    if (kind === "public") return this.join(channel);

    if (!auth) return this.refuseSubscription(channel, `Subscribing to ${channel} needs an auth signature`);
    const signedData = kind === "presence" ? (channelData ?? "") : undefined;
    if (!channelAuthValid(this.context.app, this.socketId, channel, auth, signedData)) {
      return this.refuseSubscription(channel, `Invalid signature for ${channel} on socket ${this.socketId}`);
    }
    if (kind === "private") return this.join(channel);

    if (Buffer.byteLength(signedData ?? "") > LIMITS.channelDataBytes) {
      return this.refuseSubscription(channel, `channel_data is over ${LIMITS.channelDataBytes} bytes`);
    }
    const member = parsePresenceMember(signedData ?? "");
    if (!member) return this.refuseSubscription(channel, "channel_data needs a user_id (string or number)");
    this.join(channel, member);
  }

  private join(channel: string, member?: { userId: string; info: unknown }): void {
    this.subscriptions.add(channel);
    this.context.channels.subscribe(channel, this, member);
  }

  private clientEvent(event: string, channel: string, data: unknown): void {
    if (!this.clientEvents.take()) {
      return this.refuse(
        `Client event rejected: over ${this.context.clientEventsPerSecond} client events per second`,
        ErrorCode.clientEventRateLimit,
      );
    }
    if (channelKind(channel) === "public")
      return this.refuse(`Client events are only allowed on private and presence channels, not ${channel}`);
    if (!this.subscriptions.has(channel)) return this.refuse(`Client event on ${channel}, which this connection is not subscribed to`);
    if (Buffer.byteLength(JSON.stringify(data ?? null)) > LIMITS.eventDataBytes) {
      return this.refuse(`Client event data is over ${LIMITS.eventDataBytes} bytes`);
    }
    const userId = this.context.channels.get(channel)?.members?.userIdOf(this.socketId);
    this.context.channels.publish(channel, event, data, this, userId);
  }
}
