import "server-only";
import { z } from "zod";
import { ROOM_CHANNEL_PREFIX } from "@/lib/chat/channels";
import { roomIdOfChannel } from "@/lib/chat/schemas";
import { pusher } from "@/lib/realtime/pusher";

/** The answer of GET /channels with info=user_count, as Pusher documents it. */
const occupiedChannelsSchema = z.object({
  channels: z.record(z.string(), z.object({ user_count: z.number().int().min(0) })),
});

/**
 * Members online per room id, from the realtime server's occupied presence
 * channels (a room missing from the map has nobody in it). Null when the
 * server cannot be asked: the room list then shows no counts rather than
 * wrong ones, and still renders.
 */
export async function onlineCountsByRoom(): Promise<Map<string, number> | null> {
  try {
    const response = await pusher.get({ path: "/channels", params: { filter_by_prefix: ROOM_CHANNEL_PREFIX, info: "user_count" } });
    const { channels } = occupiedChannelsSchema.parse(await response.json());
    const counts = new Map<string, number>();
    for (const [channel, info] of Object.entries(channels)) {
      const roomId = roomIdOfChannel(channel);
      if (roomId) counts.set(roomId, info.user_count);
    }
    return counts;
  } catch (error) {
    console.warn(
      `Chat: no online counts for the room list (the realtime server did not answer): ${error instanceof Error ? error.message : String(error)}`,
    );
    return null;
  }
}
