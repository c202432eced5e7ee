"use client";

import Pusher, { type PresenceChannel } from "pusher-js";
import { useEffect, useEffectEvent, useRef, useState } from "react";
import { ROOM_EVENTS, roomChannel } from "@/lib/chat/channels";
import type { ChatMessageData } from "@/lib/chat/messages";
import type { PresenceInfo } from "@/lib/chat/presence";
import type { PusherClientOptions } from "@/lib/realtime/config";

/** The realtime server's public settings, from the page (never the secret). */
export type RealtimeOptions = PusherClientOptions;
export type RoomMember = { id: string; info: PresenceInfo };
/**
 * pusher-js's connection states, plus "refused" when the room would not let
 * us in and "ended" when the app ended the member's connections (a log-out
 * elsewhere, a new password, a ban).
 */
export type ConnectionStatus = "initialized" | "connecting" | "connected" | "unavailable" | "failed" | "disconnected" | "refused" | "ended";

/** The realtime server's "connection is unauthorized": it closed the connection because the app ended the member's sessions; pusher-js stays away. */
const ENDED_BY_THE_APP = 4009;

type RoomEvents = {
  /** The channel is joined, at first or again after a reconnect: time to fetch what was missed. */
  onJoined: () => void;
  onMessage: (message: ChatMessageData) => void;
  onDeleted: (id: number) => void;
  onTyping: (userId: string) => void;
  /** Moderators locked or deleted the room. */
  onClosed: () => void;
};

function membersOf(channel: PresenceChannel): RoomMember[] {
  const members: RoomMember[] = [];
  channel.members.each((member: RoomMember) => members.push({ id: member.id, info: member.info }));
  return members.sort((a, b) => a.info.name.localeCompare(b.info.name));
}

/**
 * Joins a room's presence channel with pusher-js while the page is open:
 * who is here, the room's events, and the means to say "I am typing".
 * With no options (a visitor, a locked room) it stays offline.
 */
export function useRoomChannel(roomId: string, options: RealtimeOptions | null, events: RoomEvents) {
  const [members, setMembers] = useState<RoomMember[]>([]);
  const [status, setStatus] = useState<ConnectionStatus>("initialized");
  const [socketId, setSocketId] = useState<string | undefined>();
  const channelRef = useRef<PresenceChannel | null>(null);
  const handle = useEffectEvent(<K extends keyof RoomEvents>(name: K, ...args: Parameters<RoomEvents[K]>) =>
    (events[name] as (...values: Parameters<RoomEvents[K]>) => void)(...args),
  );
  // The options come from the server as a fresh object on each render; connect again only when they change.
  const settings = options ? JSON.stringify(options) : null;

  useEffect(() => {
    if (!settings) return;
    const { key, ...clientOptions } = JSON.parse(settings) as RealtimeOptions;
    const pusher = new Pusher(key, {
      ...clientOptions,
      channelAuthorization: { endpoint: "/api/realtime/auth", transport: "ajax" },
      userAuthentication: { endpoint: "/api/realtime/user-auth", transport: "ajax" },
    });
    // Signed in as the member, the connection is theirs: the app can end it
    // with their sessions, on our server, soketi or Pusher's cloud alike.
    pusher.signin();
    let endedByTheApp = false;
    pusher.bind("pusher:error", ({ code }: { code?: number }) => {
      if (code === ENDED_BY_THE_APP) endedByTheApp = true;
    });
    pusher.connection.bind("state_change", ({ current }: { current: ConnectionStatus }) => {
      setStatus(endedByTheApp && current === "disconnected" ? "ended" : current);
      setSocketId(pusher.connection.socket_id || undefined);
    });
    const channel = pusher.subscribe(roomChannel(roomId)) as PresenceChannel;
    const refreshMembers = () => setMembers(membersOf(channel));
    channel.bind("pusher:subscription_succeeded", () => {
      refreshMembers();
      handle("onJoined");
    });
    channel.bind("pusher:subscription_error", () => setStatus("refused"));
    channel.bind("pusher:member_added", refreshMembers);
    channel.bind("pusher:member_removed", refreshMembers);
    channel.bind(ROOM_EVENTS.message, (message: ChatMessageData) => handle("onMessage", message));
    channel.bind(ROOM_EVENTS.messageDeleted, ({ id }: { id: number }) => handle("onDeleted", id));
    channel.bind(ROOM_EVENTS.roomClosed, () => handle("onClosed"));
    // Pusher names the sender of a client event on a presence channel itself
    // (metadata.user_id); the sender's own claim is the fallback, and the
    // page names only members who are here.
    channel.bind(ROOM_EVENTS.typing, (data: { userId?: unknown } | null, metadata?: { user_id?: string }) => {
      const userId = metadata?.user_id ?? data?.userId;
      if (typeof userId === "string") handle("onTyping", userId);
    });
    channelRef.current = channel;
    return () => {
      channelRef.current = null;
      pusher.disconnect();
      setMembers([]);
    };
  }, [roomId, settings]);

  /** Tells the others this member is typing; quietly nothing until the room is joined. */
  function sendTyping(userId: string) {
    const channel = channelRef.current;
    if (channel?.subscribed) channel.trigger(ROOM_EVENTS.typing, { userId });
  }

  return { members, status, socketId, sendTyping };
}
