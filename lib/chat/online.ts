import "server-only";
import { z } from "zod";
import { ROOM_CHANNEL_PREFIX } from "@/lib/chat/channels";
import { roomIdOfChannel } from "@/lib/chat/schemas";
import { pusher } from "@/lib/realtime/pusher";

const count = z.number().int().min(0);

/**
 * The answer of GET /channels?filter_by_prefix=presence-room-&info=user_count.
 * Pusher's cloud (as documented) and our server answer `user_count` per
 * channel; soketi 1.6 ignores `info` on this list and answers
 * `subscription_count` (and `occupied`) instead. Each channel must carry one
 * of the two counts: anything else is an answer we do not understand.
 */
const occupiedChannelsSchema = z.object({
  channels: z.record(
    z.string(),
    z
      .object({ user_count: count.optional(), subscription_count: count.optional() })
      .refine(
        (info) => info.user_count !== undefined || info.subscription_count !== undefined,
        "has neither user_count nor subscription_count",
      ),
  ),
});

/**
 * Members online per room id from the parsed answer. Without `user_count`
 * (soketi) a room shows its open connections instead: a member with the
 * room open in two tabs counts twice, but the list stays one request per
 * render. The exact alternative, GET /channels/{name}?info=user_count for
 * every occupied room, is one more signed request per room on every render
 * of the list, each of which soketi answers by asking every node over Redis.
 */
export function onlineCountsFrom(answer: unknown): Map<string, number> {
  const { channels } = occupiedChannelsSchema.parse(answer);
  const counts = new Map<string, number>();
  for (const [channel, info] of Object.entries(channels)) {
    const roomId = roomIdOfChannel(channel);
    if (roomId) counts.set(roomId, info.user_count ?? info.subscription_count ?? 0);
  }
  return counts;
}

/**
 * Members online per room id, from the realtime server's occupied presence
 * channels (a room missing from the map has nobody in it). Null when the
 * server cannot be asked: the room list then shows no counts rather than
 * wrong ones, and still renders.
 */
export async function onlineCountsByRoom(): Promise<Map<string, number> | null> {
  try {
    const response = await pusher.get({ path: "/channels", params: { filter_by_prefix: ROOM_CHANNEL_PREFIX, info: "user_count" } });
    return onlineCountsFrom(await response.json());
  } catch (error) {
    console.warn(
      `Chat: no online counts for the room list (the realtime server did not answer, or not in a shape we know): ${error instanceof Error ? error.message : String(error)}`,
    );
    return null;
  }
}
