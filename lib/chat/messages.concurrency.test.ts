import { expect, it, vi } from "vitest";
import { postMessage } from "@/lib/chat/messages";
import { db } from "@/lib/db";
import { LIMITS } from "@/lib/rate-limit/limits";
import { atOnce } from "@/lib/testing/concurrency";
import { createTestRoom } from "@/lib/testing/content";
import { createTestUser } from "@/lib/testing/factories";

await vi.hoisted(async () => (await import("@/lib/testing/realtime-stand-in")).standInForTestFile());

it("lets exactly the limit's messages through when a member sends many at once, across rooms", async () => {
  const member = await createTestUser("flood");
  const rooms = [await createTestRoom(member.id), await createTestRoom(member.id)];
  const now = new Date();
  const results = await atOnce(4 * LIMITS.chatMessage.max, (i) => postMessage(rooms[i % 2].id, member.id, `#${i}`, { now }));
  expect(results.filter((result) => result.ok)).toHaveLength(LIMITS.chatMessage.max);
  expect(await db.chatMessage.count({ where: { authorId: member.id } })).toBe(LIMITS.chatMessage.max);
});
