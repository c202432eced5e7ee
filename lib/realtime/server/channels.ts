/**
 * Every occupied channel and its subscribers, and the messages that
 * membership changes send: a channel exists while someone is subscribed.
 */
import { channelKind, encodeMessage, internalMessage } from "./protocol";
import { PresenceMembers, type PresenceMember } from "./presence";

export interface Subscriber {
  readonly socketId: string;
  send(frame: Buffer): void;
}

export type Channel = {
  readonly name: string;
  readonly subscribers: Set<Subscriber>;
  /** Presence channels only. */
  readonly members?: PresenceMembers;
};

export class ChannelRegistry {
  private readonly channels = new Map<string, Channel>();

  get(name: string): Channel | undefined {
    return this.channels.get(name);
  }

  all(): IterableIterator<Channel> {
    return this.channels.values();
  }

  isSubscribed(name: string, subscriber: Subscriber): boolean {
    return this.channels.get(name)?.subscribers.has(subscriber) ?? false;
  }

  /**
   * Adds the subscriber, confirms with `pusher_internal:subscription_succeeded`
   * (with the member list on presence channels) and announces a newly present
   * user to the others. `member` is required for presence channels.
   */
  subscribe(name: string, subscriber: Subscriber, member?: PresenceMember): void {
    const channel = this.channels.get(name) ?? this.open(name);
    if (channel.subscribers.has(subscriber)) {
      // pusher-js resubscribes after a reconnect on a new socket, never on the same one; confirm again, change nothing.
      subscriber.send(internalMessage("pusher_internal:subscription_succeeded", this.succeededData(channel), name));
      return;
    }
    channel.subscribers.add(subscriber);
    const arrived = channel.members && member ? channel.members.add(subscriber.socketId, member) : false;
    subscriber.send(internalMessage("pusher_internal:subscription_succeeded", this.succeededData(channel), name));
    if (arrived && member) {
      this.broadcast(
        name,
        internalMessage("pusher_internal:member_added", { user_id: member.userId, user_info: member.info }, name),
        subscriber,
      );
    }
  }

  /** Removes the subscriber; announces a user whose last socket left. False when it was not subscribed. */
  unsubscribe(name: string, subscriber: Subscriber): boolean {
    const channel = this.channels.get(name);
    if (!channel?.subscribers.delete(subscriber)) return false;
    const departed = channel.members?.remove(subscriber.socketId);
    if (channel.subscribers.size === 0) {
      this.channels.delete(name);
    } else if (departed !== undefined) {
      this.broadcast(name, internalMessage("pusher_internal:member_removed", { user_id: departed }, name));
    }
    return true;
  }

  /** Sends one encoded frame to every subscriber but `except`; returns how many got it. */
  broadcast(name: string, frame: Buffer, except?: Subscriber): number {
    const channel = this.channels.get(name);
    if (!channel) return 0;
    let sent = 0;
    for (const subscriber of channel.subscribers) {
      if (subscriber === except) continue;
      subscriber.send(frame);
      sent++;
    }
    return sent;
  }

  /** An event to a channel, encoded once for all its subscribers. */
  publish(name: string, event: string, data: unknown, except?: Subscriber, userId?: string): number {
    if (!this.channels.has(name)) return 0;
    return this.broadcast(name, encodeMessage({ event, channel: name, data, user_id: userId }), except);
  }

  private open(name: string): Channel {
    const channel: Channel = {
      name,
      subscribers: new Set(),
      members: channelKind(name) === "presence" ? new PresenceMembers() : undefined,
    };
    this.channels.set(name, channel);
    return channel;
  }

  private succeededData(channel: Channel): unknown {
    return channel.members ? { presence: channel.members.snapshot() } : {};
  }
}
