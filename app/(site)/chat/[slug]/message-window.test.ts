import { describe, expect, it } from "vitest";
import type { ChatMessageData } from "@/lib/chat/messages";
import { changeWindow, newestId, openWindow } from "./message-window";

function message(id: number): ChatMessageData {
  const author = { username: "mira", name: "Mira", avatar: null, href: "/u/mira" };
  return { id, roomId: "clroom000000000000000001", body: `#${id}`, createdAt: new Date(0).toISOString(), authorId: "u1", author };
}

const ids = (window: { messages: ChatMessageData[] }) => window.messages.map((item) => item.id);

describe("a room page's message window", () => {
  it("keeps each message once, in id order, however it arrives", () => {
    let window = openWindow({ messages: [message(3), message(4)], more: true });
    window = changeWindow(window, { type: "arrived", messages: [message(6)] });
    window = changeWindow(window, { type: "arrived", messages: [message(5), message(6)] });
    window = changeWindow(window, { type: "older", page: { messages: [message(1), message(2), message(3)], more: false } });
    expect(ids(window)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(window.hasOlder).toBe(false);
  });

  it("drops a deleted message for good, even if a catch-up brings it back later", () => {
    let window = openWindow({ messages: [message(1), message(2)], more: false });
    window = changeWindow(window, { type: "deleted", id: 2 });
    window = changeWindow(window, { type: "arrived", messages: [message(2), message(3)] });
    expect(ids(window)).toEqual([1, 3]);
  });

  it("catches up after the newest message it has held", () => {
    expect(newestId(openWindow({ messages: [], more: false }))).toBe(0);
    let window = openWindow({ messages: [message(7)], more: false });
    expect(newestId(window)).toBe(7);
    window = changeWindow(window, { type: "deleted", id: 7 });
    expect(newestId(window)).toBe(7);
  });
});
