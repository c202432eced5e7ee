import "server-only";
import { roomChannel } from "@/lib/chat/channels";
import { describeRealtimeFailure, pusher } from "@/lib/realtime/pusher";

/**
 * Sends one event to everyone in a room. Whatever it announces is stored
 * already, so a failure is logged and swallowed: the sender's page shows
 * the change from its own answer, and everyone else's on their next catch-up
 * or reload. Returns whether the realtime server took the event.
 */
export async function broadcastToRoom(roomId: string, event: string, data: unknown, exceptSocketId?: string): Promise<boolean> {
  try {
    await pusher.trigger(roomChannel(roomId), event, data, exceptSocketId ? { socket_id: exceptSocketId } : undefined);
    return true;
  } catch (error) {
    console.error(
      `Chat: "${event}" for room ${roomId} was not broadcast (it is stored; pages catch up on reconnect or reload): ${describeRealtimeFailure(error)}`,
    );
    return false;
  }
}
