import type { ChatMessageData, MessagePage } from "@/lib/chat/messages";

/**
 * The messages a room page holds: sorted by id, each once, whichever way it
 * arrived (the first render, a live event, a catch-up, an older page). Ids
 * deleted while the page is open stay known, so a catch-up that was already
 * on its way cannot bring a deleted message back.
 */
export type MessageWindow = { messages: ChatMessageData[]; hasOlder: boolean; deletedIds: ReadonlySet<number> };

export type WindowChange =
  { type: "arrived"; messages: ChatMessageData[] } | { type: "older"; page: MessagePage } | { type: "deleted"; id: number };

export function openWindow(page: MessagePage): MessageWindow {
  return { messages: page.messages, hasOlder: page.more, deletedIds: new Set() };
}

function merged(window: MessageWindow, incoming: ChatMessageData[]): ChatMessageData[] {
  const byId = new Map(window.messages.map((message) => [message.id, message]));
  for (const message of incoming) if (!window.deletedIds.has(message.id)) byId.set(message.id, message);
  return [...byId.values()].sort((a, b) => a.id - b.id);
}

export function changeWindow(window: MessageWindow, change: WindowChange): MessageWindow {
  switch (change.type) {
    case "arrived":
      return { ...window, messages: merged(window, change.messages) };
    case "older":
      return { ...window, messages: merged(window, change.page.messages), hasOlder: change.page.more };
    case "deleted":
      return {
        ...window,
        messages: window.messages.filter((message) => message.id !== change.id),
        deletedIds: new Set(window.deletedIds).add(change.id),
      };
  }
}

/** Where a catch-up starts: after the newest message held (0 for an empty room). */
export function newestId(window: MessageWindow): number {
  return window.messages.at(-1)?.id ?? Math.max(0, ...window.deletedIds);
}
