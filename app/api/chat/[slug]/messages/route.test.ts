import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import type { MessagePage } from "@/lib/chat/messages";
import { createRoom } from "@/lib/chat/rooms";
import { db } from "@/lib/db";
import { storeNumberedMessages } from "@/lib/testing/content";
import { createTestUser, uniqueUsername } from "@/lib/testing/factories";
import { GET } from "./route";

async function roomWithMessages(count: number) {
  const member = await createTestUser();
  const created = await createRoom(member.id, { name: uniqueUsername("Room"), description: "" });
  if (!created.ok) throw new Error("room refused");
  const room = await db.chatRoom.findUniqueOrThrow({ where: { slug: created.value } });
  return { slug: created.value, seqs: await storeNumberedMessages(room.id, member.id, count) };
}

/** As a visitor's browser asks: no session anywhere in this file. */
function get(slug: string, query: string) {
  return GET(new NextRequest(`http://localhost:3000/api/chat/${slug}/messages?${query}`), { params: Promise.resolve({ slug }) });
}

describe("a room's messages for its page's script", () => {
  it("are readable by visitors, after a message or before one", async () => {
    const { slug, seqs } = await roomWithMessages(4);
    const after = await get(slug, `after=${seqs[1]}`);
    expect(after.status).toBe(200);
    expect(after.headers.get("cache-control")).toBe("no-store");
    expect(((await after.json()) as MessagePage).messages.map((message) => message.body)).toEqual(["m3", "m4"]);
    const before = (await (await get(slug, `before=${seqs[2]}`)).json()) as MessagePage;
    expect(before).toMatchObject({ more: false });
    expect(before.messages.map((message) => message.body)).toEqual(["m1", "m2"]);
    const fromStart = (await (await get(slug, "after=0")).json()) as MessagePage;
    expect(fromStart.messages).toHaveLength(4);
  });

  it("refuse a query that is not exactly one message position", async () => {
    const { slug } = await roomWithMessages(1);
    for (const query of ["", "after=1&before=2", "after=abc", "after=-1", "after=1&after=2", "after=1&sort=desc"]) {
      expect([query, (await get(slug, query)).status]).toEqual([query, 400]);
    }
  });

  it("answer 404 for a room that does not exist", async () => {
    expect((await get("no-such-room", "after=0")).status).toBe(404);
    expect((await get("Not A Slug", "after=0")).status).toBe(404);
  });
});
