import "server-only";
import Pusher from "pusher";
import { roomChannel } from "@/lib/chat/channels";
import { pusher } from "@/lib/realtime/pusher";

function describeFailure(error: unknown): string {
  // The SDK's RequestError carries the cause, the HTTP status and the
  // server's answer; its URL holds a signed query string the log needs not.
  if (!(error instanceof Pusher.RequestError)) return String(error);
  const details = [error.error?.message, error.status && `status ${error.status}`, error.body?.slice(0, 200)];
  return [error.message, ...details.filter(Boolean)].join("; ");
}

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
    console.error(`Chat: "${event}" for room ${roomId} was not broadcast (it is stored; pages catch up on reconnect or reload): ${describeFailure(error)}`);
    return false;
  }
}
