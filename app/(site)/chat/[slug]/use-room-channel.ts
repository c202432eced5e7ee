"use client";

import type { PresenceChannel } from "pusher-js";
import { useEffect, useEffectEvent, useRef, useState } from "react";
import { ROOM_EVENTS, roomChannel } from "@/lib/chat/channels";
import type { ChatMessageData } from "@/lib/chat/messages";
import type { PresenceInfo } from "@/lib/chat/presence";
import { ENDED_BY_THE_APP, holdRealtimeConnection } from "@/lib/realtime/browser-connection";
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
    // The page's connection, shared with the header's bell: this room only subscribes to it.
    const { pusher, release } = holdRealtimeConnection(JSON.parse(settings) as RealtimeOptions);
    let endedByTheApp = false;
    const onError = ({ code }: { code?: number }) => {
      if (code === ENDED_BY_THE_APP) endedByTheApp = true;
    };
    const onStateChange = ({ current }: { current: ConnectionStatus }) => {
      setStatus(endedByTheApp && current === "disconnected" ? "ended" : current);
      setSocketId(pusher.connection.socket_id || undefined);
    };
    pusher.bind("pusher:error", onError);
    pusher.connection.bind("state_change", onStateChange);
    // The bell may have connected already: that state is this room's first too.
    queueMicrotask(() => onStateChange({ current: pusher.connection.state as ConnectionStatus }));
    const channelName = roomChannel(roomId);
    const channel = pusher.subscribe(channelName) as PresenceChannel;
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
      channel.unbind_all();
      pusher.unsubscribe(channelName);
      pusher.unbind("pusher:error", onError);
      pusher.connection.unbind("state_change", onStateChange);
      release();
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
