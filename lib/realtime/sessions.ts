import "server-only";
import { describeRealtimeFailure, pusher } from "@/lib/realtime/pusher";

/**
 * Ends every live connection of a member: pusher-js signs in as them when a
 * chat page connects (app/api/realtime/user-auth), so the realtime server
 * (ours, soketi or Pusher's cloud alike) closes them all, and they leave the
 * rooms they were present in. Called once a ban, a deletion, a log-out or a
 * new password is committed: their sessions are over already, and this makes
 * their open chat pages notice now rather than at the next reconnect, where
 * they would be refused anyway. So a failure is logged, never thrown: the
 * change it follows stands.
 */
export async function endRealtimeSessions(userId: string): Promise<void> {
  try {
    await pusher.terminateUserConnections(userId);
  } catch (error) {
    console.error(
      `Realtime: the live connections of member ${userId} were not ended (they are refused when they reconnect): ${describeRealtimeFailure(error)}`,
    );
  }
}
