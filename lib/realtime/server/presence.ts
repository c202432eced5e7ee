/**
 * Who is in one presence channel. A user counts once however many sockets
 * (tabs, devices) they subscribed with: they are added with their first
 * socket and removed with their last.
 */

export type PresenceMember = { userId: string; info: unknown };

type Entry = { info: unknown; sockets: Set<string> };

export class PresenceMembers {
  private readonly users = new Map<string, Entry>();
  private readonly userBySocket = new Map<string, string>();

  /** True when this socket brings the user into the channel (their first socket). */
  add(socketId: string, member: PresenceMember): boolean {
    this.userBySocket.set(socketId, member.userId);
    const entry = this.users.get(member.userId);
    if (entry) {
      entry.sockets.add(socketId);
      return false;
    }
    // The first socket's user_info stands for the user until they leave.
    this.users.set(member.userId, { info: member.info, sockets: new Set([socketId]) });
    return true;
  }

  /** The user id when this was the user's last socket in the channel. */
  remove(socketId: string): string | undefined {
    const userId = this.userBySocket.get(socketId);
    if (userId === undefined) return undefined;
    this.userBySocket.delete(socketId);
    const entry = this.users.get(userId);
    entry?.sockets.delete(socketId);
    if (!entry || entry.sockets.size > 0) return undefined;
    this.users.delete(userId);
    return userId;
  }

  userIdOf(socketId: string): string | undefined {
    return this.userBySocket.get(socketId);
  }

  get userCount(): number {
    return this.users.size;
  }

  userIds(): string[] {
    return [...this.users.keys()];
  }

  /** The `presence` object of `pusher_internal:subscription_succeeded`. */
  snapshot(): { ids: string[]; hash: Record<string, unknown>; count: number } {
    const hash: Record<string, unknown> = {};
    for (const [userId, entry] of this.users) hash[userId] = entry.info;
    return { ids: this.userIds(), hash, count: this.users.size };
  }
}
