import type { ChatMessageData, MessagePage } from "@/lib/chat/messages";

/**
 * The messages a room page holds: sorted by seq (their place in the room),
 * each once, whichever way it arrived (the first render, a live event, a
 * catch-up, an older page). Ids deleted while the page is open stay known,
 * so a catch-up that was already on its way cannot bring a deleted message
 * back; `newestSeq` is the newest place ever held, deleted or not.
 */
export type MessageWindow = { messages: ChatMessageData[]; hasOlder: boolean; deletedIds: ReadonlySet<number>; newestSeq: number };

export type WindowChange =
  { type: "arrived"; messages: ChatMessageData[] } | { type: "older"; page: MessagePage } | { type: "deleted"; id: number };

const newestOf = (messages: ChatMessageData[], since = 0) => Math.max(since, ...messages.map((message) => message.seq));

export function openWindow(page: MessagePage): MessageWindow {
  return { messages: page.messages, hasOlder: page.more, deletedIds: new Set(), newestSeq: newestOf(page.messages) };
}

function merged(window: MessageWindow, incoming: ChatMessageData[]): Pick<MessageWindow, "messages" | "newestSeq"> {
  const byId = new Map(window.messages.map((message) => [message.id, message]));
  for (const message of incoming) if (!window.deletedIds.has(message.id)) byId.set(message.id, message);
  return { messages: [...byId.values()].sort((a, b) => a.seq - b.seq), newestSeq: newestOf(incoming, window.newestSeq) };
}

export function changeWindow(window: MessageWindow, change: WindowChange): MessageWindow {
  switch (change.type) {
    case "arrived":
      return { ...window, ...merged(window, change.messages) };
    case "older":
      return { ...window, ...merged(window, change.page.messages), hasOlder: change.page.more };
    case "deleted":
      return {
        ...window,
        messages: window.messages.filter((message) => message.id !== change.id),
        deletedIds: new Set(window.deletedIds).add(change.id),
      };
  }
}
