/**
 * What a client may send, checked before anything acts on it: a frame is
 * JSON with an event name, and each event's data has the shape Pusher documents.
 */
import { z } from "zod";
import { LIMITS, parseJson } from "./protocol";

const channelName = z.string().min(1).max(LIMITS.channelNameLength);

const envelope = z.object({
  event: z.string().min(1).max(LIMITS.eventNameLength),
  channel: z.string().optional(),
  data: z.unknown().optional(),
});

const subscribeData = z.object({
  channel: channelName,
  auth: z.string().max(512).optional(),
  channel_data: z.string().optional(),
});

const unsubscribeData = z.object({ channel: channelName });

const signinData = z.object({ auth: z.string().max(512), user_data: z.string() });

/** A signed-in user's user_data, as the app's user-authentication endpoint made it: pusher-js requires a string id. */
const signedInUser = z.object({ id: z.string().min(1).max(LIMITS.userIdLength) });

/** A presence subscription's signed channel_data, as the app's auth endpoint made it. */
const presenceChannelData = z.object({
  user_id: z.union([z.string().min(1).max(LIMITS.userIdLength), z.number().finite()]).transform(String),
  user_info: z.unknown().optional(),
});

export type ClientFrame =
  | { kind: "ping" }
  | { kind: "pong" }
  | { kind: "subscribe"; channel: string; auth?: string; channelData?: string }
  | { kind: "unsubscribe"; channel: string }
  | { kind: "signin"; auth: string; userData: string }
  | { kind: "client-event"; event: string; channel: string; data: unknown }
  | { kind: "invalid"; reason: string };

function invalid(reason: string): ClientFrame {
  return { kind: "invalid", reason };
}

/** The member a presence subscription's channel_data describes, or undefined when it is not valid. */
export function parsePresenceMember(channelData: string): { userId: string; info: unknown } | undefined {
  const parsed = presenceChannelData.safeParse(parseJson(channelData));
  return parsed.success ? { userId: parsed.data.user_id, info: parsed.data.user_info } : undefined;
}

/** The user id a pusher:signin's signed user_data names, or undefined when it names none. */
export function parseSignedInUserId(userData: string): string | undefined {
  const parsed = signedInUser.safeParse(parseJson(userData));
  return parsed.success ? parsed.data.id : undefined;
}

/** Reads one text frame; anything unexpected comes back as `invalid` with the reason to tell the client. */
export function parseClientFrame(text: string): ClientFrame {
  const parsed = envelope.safeParse(parseJson(text));
  if (!parsed.success) return invalid("Malformed message: expected a JSON object with an event name");
  const { event, channel, data } = parsed.data;
  switch (event) {
    case "pusher:ping":
      return { kind: "ping" };
    case "pusher:pong":
      return { kind: "pong" };
    case "pusher:subscribe": {
      const subscribe = subscribeData.safeParse(data);
      if (!subscribe.success) return invalid("Malformed pusher:subscribe: data needs a channel name");
      return { kind: "subscribe", channel: subscribe.data.channel, auth: subscribe.data.auth, channelData: subscribe.data.channel_data };
    }
    case "pusher:unsubscribe": {
      const unsubscribe = unsubscribeData.safeParse(data);
      if (!unsubscribe.success) return invalid("Malformed pusher:unsubscribe: data needs a channel name");
      return { kind: "unsubscribe", channel: unsubscribe.data.channel };
    }
    case "pusher:signin": {
      const signin = signinData.safeParse(data);
      if (!signin.success) return invalid("Malformed pusher:signin: data needs auth and user_data strings");
      return { kind: "signin", auth: signin.data.auth, userData: signin.data.user_data };
    }
  }
  if (event.startsWith("client-")) {
    if (channel === undefined) return invalid(`Client event ${event} names no channel`);
    return { kind: "client-event", event, channel, data };
  }
  return invalid(`Unsupported event: ${event}`);
}
