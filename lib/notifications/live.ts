import "server-only";
import { memberChannel, MEMBER_CHANNEL_PREFIX, UNREAD_EVENT } from "@/lib/notifications/types";
import { unreadCount } from "@/lib/notifications/queries";
import { describeRealtimeFailure, pusher } from "@/lib/realtime/pusher";

/** The realtime API takes at most ten events per batch. */
const BATCH = 10;

/**
 * Tells each member's open pages their new unread count, once what changed
 * it has committed. The count is read afresh, so two announcements racing
 * each other both end on the truth. A failure is logged, never thrown: the
 * notifications are stored, and the bell shows them at the next page load.
 */
export async function announceUnread(userIds: Iterable<string | null>): Promise<void> {
  const members = [...new Set([...userIds].filter((id): id is string => id !== null))];
  try {
    for (let start = 0; start < members.length; start += BATCH) {
      const batch = members.slice(start, start + BATCH);
      const counts = await Promise.all(batch.map(unreadCount));
      await pusher.triggerBatch(
        batch.map((id, index) => ({ channel: memberChannel(id), name: UNREAD_EVENT, data: { count: counts[index] } })),
      );
    }
  } catch (error) {
    console.error(`Notifications: the unread count of ${members.length} member(s) was not sent live: ${describeRealtimeFailure(error)}`);
  }
}

/** Of these members, those with a page open on their channel now: a fan-out to thousands tells only them. */
export async function membersListening(): Promise<Set<string>> {
  try {
    const response = await pusher.get({ path: "/channels", params: { filter_by_prefix: MEMBER_CHANNEL_PREFIX } });
    const { channels } = (await response.json()) as { channels: Record<string, unknown> };
    return new Set(Object.keys(channels).map((name) => name.slice(MEMBER_CHANNEL_PREFIX.length)));
  } catch (error) {
    console.error(`Notifications: could not ask the realtime server who is listening: ${describeRealtimeFailure(error)}`);
    return new Set();
  }
}
