import { describe, expect, it } from "vitest";
import type { ChatMessageData } from "@/lib/chat/messages";
import { changeWindow, openWindow } from "./message-window";

/** Ids in another order than places, as PostgreSQL can number them: the window goes by seq. */
function message(seq: number): ChatMessageData {
  const author = { username: "mira", name: "Mira", avatar: null, href: "/u/mira" };
  return {
    id: 100 - seq,
    seq,
    roomId: "clroom000000000000000001",
    body: `#${seq}`,
    createdAt: new Date(0).toISOString(),
    authorId: "u1",
    author,
  };
}

const seqs = (window: { messages: ChatMessageData[] }) => window.messages.map((item) => item.seq);

describe("a room page's message window", () => {
  it("keeps each message once, in seq order, however it arrives", () => {
    let window = openWindow({ messages: [message(3), message(4)], more: true });
    window = changeWindow(window, { type: "arrived", messages: [message(6)] });
    window = changeWindow(window, { type: "arrived", messages: [message(5), message(6)] });
    window = changeWindow(window, { type: "older", page: { messages: [message(1), message(2), message(3)], more: false } });
    expect(seqs(window)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(window.hasOlder).toBe(false);
  });

  it("drops a deleted message for good, even if a catch-up brings it back later", () => {
    let window = openWindow({ messages: [message(1), message(2)], more: false });
    window = changeWindow(window, { type: "deleted", id: message(2).id });
    window = changeWindow(window, { type: "arrived", messages: [message(2), message(3)] });
    expect(seqs(window)).toEqual([1, 3]);
  });

  it("catches up after the newest message it has held", () => {
    expect(openWindow({ messages: [], more: false }).newestSeq).toBe(0);
    let window = openWindow({ messages: [message(7)], more: false });
    expect(window.newestSeq).toBe(7);
    window = changeWindow(window, { type: "deleted", id: message(7).id });
    expect(window.newestSeq).toBe(7);
  });
});
