"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import type { ChatMessageData, MessagePage } from "@/lib/chat/messages";
import type { MessagePageQuery } from "@/lib/chat/schemas";
import { ChatMessage } from "./chat-message";
import { useHydrated } from "./message-time";
import { changeWindow, openWindow, type WindowChange } from "./message-window";
import { PresenceList } from "./presence-list";
import { SendForm } from "./send-form";
import { useRoomChannel, type ConnectionStatus, type RealtimeOptions } from "./use-room-channel";
import { typingSentence, useTyping } from "./use-typing";

type ChatRoomProps = {
  room: { id: string; slug: string };
  initialPage: MessagePage;
  viewerId: string | null;
  /** The realtime settings, when the viewer may join live: a member in an open room. */
  realtime: RealtimeOptions | null;
};

const STATUS_TEXT: Record<ConnectionStatus, string> = {
  initialized: "Connecting…",
  connecting: "Connecting…",
  connected: "Live",
  unavailable: "Offline: reconnecting…",
  disconnected: "Offline",
  failed: "Live updates are not available in this browser.",
  refused: "You could not join this room live. Reload the page to try again.",
  ended: "Live updates ended with your session. Reload the page.",
};

async function fetchPage(slug: string, query: MessagePageQuery): Promise<MessagePage | null> {
  const search = new URLSearchParams("after" in query ? { after: String(query.after) } : { before: String(query.before) });
  try {
    const response = await fetch(`/api/chat/${slug}/messages?${search}`, { cache: "no-store" });
    return response.ok ? ((await response.json()) as MessagePage) : null;
  } catch {
    // Offline: the next reconnect or send catches up.
    return null;
  }
}

/**
 * A room's conversation: the server-rendered messages, then live ones,
 * older ones on scrolling back, and after every (re)join or send whatever
 * arrived meanwhile, so the history never has a gap.
 */
export function ChatRoom({ room, initialPage, viewerId, realtime }: ChatRoomProps) {
  const [held, setHeld] = useState(() => openWindow(initialPage));
  const heldRef = useRef(held);
  const [loadingOlder, setLoadingOlder] = useState(false);
  const catchUpRun = useRef<{ running: boolean; again: boolean }>({ running: false, again: false });
  const olderButton = useRef<HTMLButtonElement>(null);
  const hydrated = useHydrated();
  const typing = useTyping();
  const router = useRouter();

  useEffect(() => {
    heldRef.current = held;
  }, [held]);

  function change(windowChange: WindowChange) {
    setHeld((current) => changeWindow(current, windowChange));
  }

  /** Fetches every message after the newest place held, a page at a time; one run at a time, run again if asked meanwhile. */
  async function catchUp() {
    const run = catchUpRun.current;
    if (run.running) {
      run.again = true;
      return;
    }
    run.running = true;
    try {
      do {
        run.again = false;
        let after = heldRef.current.newestSeq;
        while (true) {
          const page = await fetchPage(room.slug, { after });
          if (!page) break;
          change({ type: "arrived", messages: page.messages });
          const last = page.messages.at(-1);
          if (!page.more || !last) break;
          after = last.seq;
        }
      } while (run.again);
    } finally {
      run.running = false;
    }
  }

  async function loadOlder() {
    const oldest = heldRef.current.messages[0]?.seq;
    if (loadingOlder || oldest === undefined) return;
    setLoadingOlder(true);
    const page = await fetchPage(room.slug, { before: oldest });
    if (page) change({ type: "older", page });
    setLoadingOlder(false);
  }

  const channel = useRoomChannel(room.id, realtime, {
    onJoined: catchUp,
    onMessage: (message: ChatMessageData) => {
      typing.stopped(message.authorId);
      change({ type: "arrived", messages: [message] });
    },
    onDeleted: (id) => change({ type: "deleted", id }),
    onTyping: typing.started,
    // The server renders a locked room read-only (no send form, no live channel) and a deleted one as not found.
    onClosed: () => router.refresh(),
  });

  // Scrolling back to the top loads the older messages (the button is there for keyboards).
  useEffect(() => {
    const button = olderButton.current;
    if (!button) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) button.click();
    });
    observer.observe(button);
    return () => observer.disconnect();
    // Observed anew as messages come: a button still in view after a page loads asks for the next.
  }, [hydrated, held.hasOlder, held.messages.length]);

  const typingNames = channel.members
    .filter((member) => member.id !== viewerId && typing.typingIds.has(member.id))
    .map((member) => member.info.name);

  return (
    <div className="chat-room">
      <div className="chat-conversation">
        {/* column-reverse keeps the newest message in view, with or without JavaScript, and older ones load above without a jump. */}
        <div className="chat-scroller" role="region" aria-label="Messages" tabIndex={0}>
          <div>
            {!held.hasOlder ? (
              <p className="chat-start">This is the start of the room.</p>
            ) : (
              hydrated && (
                <button
                  ref={olderButton}
                  type="button"
                  className="secondary outline chat-older"
                  onClick={loadOlder}
                  disabled={loadingOlder}
                  aria-busy={loadingOlder || undefined}
                >
                  Load older messages
                </button>
              )
            )}
            {held.messages.length === 0 && <p className="empty-state">No messages yet.</p>}
            <ol className="chat-messages" role="log">
              {held.messages.map((message) => (
                <ChatMessage
                  key={message.id}
                  message={message}
                  own={message.authorId === viewerId}
                  socketId={channel.socketId}
                  onDeleted={(id) => change({ type: "deleted", id })}
                />
              ))}
            </ol>
          </div>
        </div>
        <p className="chat-typing" aria-live="polite">
          {typingSentence(typingNames)}
        </p>
        {realtime && viewerId && (
          <SendForm roomId={room.id} socketId={channel.socketId} onSent={catchUp} onTyping={() => channel.sendTyping(viewerId)} />
        )}
      </div>
      {realtime && viewerId && (
        <aside className="chat-presence" aria-labelledby="presence-heading">
          <h2 id="presence-heading">Here now{channel.members.length > 0 && ` (${channel.members.length})`}</h2>
          <p className="chat-status" role="status">
            {STATUS_TEXT[channel.status]}
          </p>
          <PresenceList members={channel.members} viewerId={viewerId} />
        </aside>
      )}
    </div>
  );
}
