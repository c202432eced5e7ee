import { z } from "zod";
import { multilineText, nameText } from "@/lib/validation/plain-text";
import { ROOM_CHANNEL_PREFIX } from "@/lib/chat/channels";
import { ROOM_NAME_MIN, ROOM_NAME_MAX, ROOM_DESCRIPTION_MAX, MESSAGE_MAX } from "@/lib/validation/form-rules";

/** The form of a room name that "unique ignoring case" compares. */
export function roomNameKey(name: string): string {
  return name.normalize("NFKC").toLowerCase();
}

const roomName = nameText("name", { error: "Give the room a name" })
  .min(1, { message: "Give the room a name", abort: true })
  .min(ROOM_NAME_MIN, { message: `The name must be at least ${ROOM_NAME_MIN} characters`, abort: true })
  .max(ROOM_NAME_MAX, { message: `The name can be at most ${ROOM_NAME_MAX} characters`, abort: true })
  .refine((name) => /[\p{L}\p{N}]/u.test(name), "Use at least one letter or digit in the name");

const roomDescription = multilineText("description")
  .max(ROOM_DESCRIPTION_MAX, `The description can be at most ${ROOM_DESCRIPTION_MAX} characters`)
  .optional()
  .transform((text) => text ?? "");

export const createRoomSchema = z.object({ name: roomName, description: roomDescription });
export type NewRoom = z.output<typeof createRoomSchema>;

/** Room ids are cuids; anything else cannot name a room and is refused before a query. */
export const roomIdSchema = z.string().regex(/^[a-z0-9]{10,40}$/, "Unknown room");

/** The room id a channel name stands for, or null for any other channel. */
export function roomIdOfChannel(channel: string): string | null {
  if (!channel.startsWith(ROOM_CHANNEL_PREFIX)) return null;
  const roomId = roomIdSchema.safeParse(channel.slice(ROOM_CHANNEL_PREFIX.length));
  return roomId.success ? roomId.data : null;
}
/** Slugs are made by lib/chat/slug.ts: lower-case words joined by single dashes. */
export const roomSlugSchema = z
  .string()
  .max(80)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Unknown room");
/** Message ids as they come from a form or a URL: digits only, within the integers JavaScript holds exactly. */
export const messageIdSchema = z
  .string({ error: "Unknown message" })
  .regex(/^[1-9][0-9]{0,14}$/, "Unknown message")
  .transform(Number);

export const messageBodySchema = multilineText("message", { error: "Write a message first" })
  .min(1, { message: "Write a message first", abort: true })
  .max(MESSAGE_MAX, { message: `A message can be at most ${MESSAGE_MAX.toLocaleString("en")} characters`, abort: true });

/** A Pusher socket id, "<digits>.<digits>", as the realtime server hands it out. */
export const socketIdSchema = z.string().regex(/^\d{1,20}\.\d{1,20}$/, "Not a socket id");

export const postMessageSchema = z.object({
  roomId: roomIdSchema,
  body: messageBodySchema,
  /** The sender's own connection, left out of the broadcast (it shows the message already); absent without JavaScript. */
  socketId: socketIdSchema.optional().catch(undefined),
});

export const deleteMessageSchema = z.object({ messageId: messageIdSchema, socketId: socketIdSchema.optional().catch(undefined) });

/** A position in a room's messages: a message's seq, or 0 for "before the first" (a room that was empty). */
const cursorSchema = z
  .string()
  .regex(/^(0|[1-9][0-9]{0,14})$/, "Not a message position")
  .transform(Number);

/** ?after=<seq> (catching up after a reconnect) or ?before=<seq> (older messages), exactly one. */
export const messagePageQuerySchema = z.union([z.strictObject({ after: cursorSchema }), z.strictObject({ before: cursorSchema })]);
export type MessagePageQuery = z.output<typeof messagePageQuerySchema>;

/** What pusher-js posts to the channel authorization endpoint. */
export const channelAuthRequestSchema = z.object({
  socket_id: socketIdSchema,
  channel_name: z.string().min(1).max(200),
});

/** What pusher-js posts to the user authentication endpoint (pusher.signin()). */
export const userAuthRequestSchema = z.object({ socket_id: socketIdSchema });
