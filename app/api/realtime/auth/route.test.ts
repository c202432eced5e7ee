import { beforeEach, describe, expect, it, vi } from "vitest";
import { createRoom } from "@/lib/chat/rooms";
import { db } from "@/lib/db";
import { createTestUser, uniqueUsername } from "@/lib/testing/factories";
import { devAuth, pusherJsPost, signInNamedMember, TEST_SOCKET_ID as SOCKET_ID } from "@/lib/testing/pusher-js-requests";
import { POST } from "./route";

const request = await vi.hoisted(async () => (await import("@/lib/testing/request-context")).mockRequestContext());

const authRequest = (fields: Record<string, string> | URLSearchParams, origin?: string) =>
  pusherJsPost("/api/realtime/auth", fields, origin);

async function openRoom(creatorId: string) {
  const created = await createRoom(creatorId, { name: uniqueUsername("Room"), description: "" });
  if (!created.ok) throw new Error("room refused");
  return db.chatRoom.findUniqueOrThrow({ where: { slug: created.value } });
}

beforeEach(() => {
  request.user = null;
});

describe("channel authorization", () => {
  it("signs a member into an open room's presence channel as themselves, with details from the database", async () => {
    const { member, userInfo } = await signInNamedMember(request);
    const room = await openRoom(member.id);
    const channel = `presence-room-${room.id}`;
    // A client that tries to say who it is gets ignored.
    const forged = JSON.stringify({ user_id: "someone-else", user_info: { name: "Admin" } });
    const response = await POST(authRequest({ socket_id: SOCKET_ID, channel_name: channel, channel_data: forged, user_info: "{}" }));
    expect(response.status).toBe(200);
    const { auth, channel_data } = (await response.json()) as { auth: string; channel_data: string };
    expect(JSON.parse(channel_data)).toEqual({ user_id: member.id, user_info: userInfo });
    expect(auth).toBe(devAuth(`${SOCKET_ID}:${channel}:${channel_data}`));
  });

  it("refuses a visitor with 401", async () => {
    const room = await openRoom((await createTestUser()).id);
    const response = await POST(authRequest({ socket_id: SOCKET_ID, channel_name: `presence-room-${room.id}` }));
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: "Log in to join chat rooms." });
  });

  it("refuses a request from another site", async () => {
    const member = await request.signInNewMember();
    const room = await openRoom(member.id);
    const response = await POST(authRequest({ socket_id: SOCKET_ID, channel_name: `presence-room-${room.id}` }, "https://evil.example"));
    expect(response.status).toBe(403);
  });

  it("refuses unknown and locked rooms with 403", async () => {
    const member = await request.signInNewMember();
    const locked = await openRoom(member.id);
    await db.chatRoom.update({ where: { id: locked.id }, data: { lockedAt: new Date() } });
    for (const roomId of [locked.id, "clnosuchroom000000000000"]) {
      const response = await POST(authRequest({ socket_id: SOCKET_ID, channel_name: `presence-room-${roomId}` }));
      expect(response.status).toBe(403);
      expect(await response.json()).toEqual({ error: "This room does not exist or is locked." });
    }
  });

  it("refuses every channel that is not a room's presence channel with 403", async () => {
    const member = await request.signInNewMember();
    const room = await openRoom(member.id);
    const channels = [
      `private-room-${room.id}`,
      `room-${room.id}`,
      `presence-rooms-${room.id}`,
      `presence-room-${room.id.toUpperCase()}`,
      `presence-room-${room.id}-extra`,
      "presence-room-",
      "presence-admin",
      "private-encrypted-x",
    ];
    for (const channel of channels) {
      const response = await POST(authRequest({ socket_id: SOCKET_ID, channel_name: channel }));
      expect([channel, response.status]).toEqual([channel, 403]);
    }
  });

  it("refuses malformed requests with 400, and oversize or unsized ones before reading them", async () => {
    const member = await request.signInNewMember();
    const channel = `presence-room-${(await openRoom(member.id)).id}`;
    const malformed: (Record<string, string> | URLSearchParams)[] = [
      { channel_name: channel },
      { socket_id: SOCKET_ID },
      { socket_id: "1234", channel_name: channel },
      { socket_id: "1234.5678:evil", channel_name: channel },
      new URLSearchParams([
        ["socket_id", SOCKET_ID],
        ["channel_name", channel],
        ["channel_name", "presence-room-other0000000"],
      ]),
    ];
    for (const fields of malformed) expect((await POST(authRequest(fields))).status).toBe(400);

    const oversize = authRequest({ socket_id: SOCKET_ID, channel_name: channel, padding: "x".repeat(2_000) });
    expect(oversize.headers.get("content-length")).not.toBeNull();
    expect((await POST(oversize)).status).toBe(413);
    const unsized = new Request(authRequest({ socket_id: SOCKET_ID, channel_name: channel }), {
      headers: { origin: "http://localhost:3000", host: "localhost:3000" },
    });
    expect((await POST(unsized)).status).toBe(411);
  });
});

describe("a member's notification channel", () => {
  it("is signed for that member", async () => {
    const member = await request.signInNewMember();
    const channel = `private-member-${member.id}`;
    const response = await POST(authRequest({ socket_id: SOCKET_ID, channel_name: channel }));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ auth: devAuth(`${SOCKET_ID}:${channel}`) });
  });

  it("is refused to anyone else, who would read another's notifications", async () => {
    const other = await createTestUser();
    await request.signInNewMember();
    const response = await POST(authRequest({ socket_id: SOCKET_ID, channel_name: `private-member-${other.id}` }));
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({ error: "This is another member's notification channel." });
  });
});
