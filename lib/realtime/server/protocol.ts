/**
 * The wire format of Pusher Channels protocol 7 as this server speaks it:
 * limits, error codes, channel kinds and the encoding of outgoing messages.
 */

export const PROTOCOL_VERSION = 7;

export const LIMITS = {
  /** Pusher's limit on an event's data, from the HTTP API or a client event. */
  eventDataBytes: 10 * 1024,
  /** Larger frames are cut off by the WebSocket layer (close 1009) before they are read into memory. */
  frameBytes: 64 * 1024,
  /** Pusher's limits on names. */
  channelNameLength: 164,
  eventNameLength: 200,
  channelsPerEvent: 100,
  eventsPerBatch: 10,
  /** A presence member's channel_data (user_id and user_info), and a signed-in user's user_data. */
  channelDataBytes: 1024,
  userDataBytes: 1024,
  userIdLength: 128,
  /** Channels one connection may be subscribed to at once: a bound on what one client can make the server hold. */
  channelsPerConnection: 100,
  /** Client events per second per connection, with a burst of as many. */
  clientEventsPerSecond: 10,
  /**
   * Bytes waiting to go out to one client (the WebSocket's bufferedAmount)
   * past which it is closed as a slow consumer rather than buffered for:
   * about a hundred events at the data limit, far more than a reading client
   * ever has queued, and the figure soketi gives uWebSockets (maxBackpressure).
   */
  sendBufferBytes: 1024 * 1024,
} as const;

/**
 * `pusher:error` codes. 4000–4099: closed, do not reconnect; 4100–4199:
 * reconnect after a back-off; 4200–4299: reconnect now; 4300–4399: other
 * errors (the connection stays open). pusher-js acts on these ranges.
 */
export const ErrorCode = {
  unknownAppKey: 4001,
  pathNotFound: 4005,
  unsupportedProtocol: 4007,
  missingProtocol: 4008,
  /** A refused pusher:signin, or the app ended the user's connections (terminate_connections): Pusher's and soketi's code. */
  unauthorized: 4009,
  /** Too many connections (in all, or from one address), or too much waiting for a client that does not read. */
  overCapacity: 4100,
  serverRestarting: 4200,
  pongNotReceived: 4201,
  /** A message the server refuses (malformed, unknown, oversize, not allowed); the connection stays. */
  refused: 4300,
  clientEventRateLimit: 4301,
} as const;

export type ChannelKind = "public" | "private" | "presence";

const CHANNEL_NAME = /^[A-Za-z0-9_\-=@,.;]+$/;

export function isValidChannelName(name: string): boolean {
  return name.length <= LIMITS.channelNameLength && CHANNEL_NAME.test(name);
}

/**
 * pusher-js subscribes to `#server-to-user-<id>` once signed in, for events
 * sent to that user; only a connection signed in as them may.
 */
export const SERVER_TO_USER_PREFIX = "#server-to-user-";

export function channelKind(name: string): ChannelKind {
  if (name.startsWith("presence-")) return "presence";
  if (name.startsWith("private-")) return "private";
  return "public";
}

export type OutgoingMessage = { event: string; channel?: string; data: unknown; user_id?: string };

/** One frame, encoded once: a broadcast sends the same bytes to every subscriber. */
export function encodeMessage(message: OutgoingMessage): Buffer {
  return Buffer.from(JSON.stringify(message));
}

/** Pusher sends the data of its own events as a JSON string inside the JSON envelope. */
export function internalMessage(event: string, data: unknown, channel?: string): Buffer {
  return encodeMessage({ event, channel, data: JSON.stringify(data) });
}

export function errorMessage(code: number, message: string): Buffer {
  return encodeMessage({ event: "pusher:error", data: { code, message } });
}

/** JSON.parse that answers undefined for text that is not JSON: callers validate the value anyway. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
