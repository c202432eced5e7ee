/** The bodies of POST /events and /batch_events, checked whole before any event is sent. */
import { z } from "zod";
import { isValidChannelName, LIMITS, parseJson } from "./protocol";

const eventName = z
  .string()
  .min(1)
  .max(LIMITS.eventNameLength)
  .refine((name) => !name.startsWith("pusher:") && !name.startsWith("pusher_internal:"), "event names starting with pusher: are reserved");
const channelName = z.string().refine(isValidChannelName, "invalid channel name");
const socketId = z.string().regex(/^\d+\.\d+$/, "socket_id must look like 1234.5678");
/** The SDK sends data as a string (it JSON-encodes objects); subscribers get it unchanged. */
const data = z.string();

const singleEvent = z
  .object({
    name: eventName,
    data,
    channels: z.array(channelName).min(1).max(LIMITS.channelsPerEvent).optional(),
    channel: channelName.optional(),
    socket_id: socketId.optional(),
  })
  .refine((event) => (event.channels === undefined) !== (event.channel === undefined), "give either channels or channel");

const batch = z.object({
  batch: z
    .array(z.object({ name: eventName, data, channel: channelName, socket_id: socketId.optional() }))
    .min(1)
    .max(LIMITS.eventsPerBatch),
});

export type EventToSend = { name: string; data: string; channels: string[]; exceptSocketId?: string };
export type ParsedEvents = { ok: true; events: EventToSend[] } | { ok: false; status: 400 | 413; message: string };

function describe(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join(".") || "body"}: ${issue.message}`).join("; ");
}

function withinSizeLimit(events: EventToSend[]): ParsedEvents {
  const oversize = events.find((event) => Buffer.byteLength(event.data) > LIMITS.eventDataBytes);
  if (oversize) return { ok: false, status: 413, message: `The data of event ${oversize.name} is over ${LIMITS.eventDataBytes} bytes` };
  return { ok: true, events };
}

export function parseEventBody(body: Buffer): ParsedEvents {
  const parsed = singleEvent.safeParse(parseJson(body.toString("utf8")));
  if (!parsed.success) return { ok: false, status: 400, message: describe(parsed.error) };
  const { name, data, channels, channel, socket_id } = parsed.data;
  return withinSizeLimit([{ name, data, channels: channels ?? (channel ? [channel] : []), exceptSocketId: socket_id }]);
}

export function parseBatchBody(body: Buffer): ParsedEvents {
  const parsed = batch.safeParse(parseJson(body.toString("utf8")));
  if (!parsed.success) return { ok: false, status: 400, message: describe(parsed.error) };
  return withinSizeLimit(
    parsed.data.batch.map((event) => ({ name: event.name, data: event.data, channels: [event.channel], exceptSocketId: event.socket_id })),
  );
}
