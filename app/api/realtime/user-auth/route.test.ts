import { createHmac } from "node:crypto";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { DEV_REALTIME, pusherJsPost, TEST_SOCKET_ID as SOCKET_ID } from "@/lib/testing/pusher-js-requests";
import { POST } from "./route";

const request = await vi.hoisted(async () => (await import("@/lib/testing/request-context")).mockRequestContext());

const userAuthRequest = (fields: Record<string, string>, origin?: string) => pusherJsPost("/api/realtime/user-auth", fields, origin);

beforeEach(() => {
  request.user = null;
});

describe("user authentication (pusher.signin())", () => {
  it("signs the member's connection in as themselves, with details from the database", async () => {
    const member = await request.signInNewMember();
    await db.user.update({ where: { id: member.id }, data: { displayName: "Mira Okafor" } });
    // A client that tries to say who it is gets ignored.
    const response = await POST(userAuthRequest({ socket_id: SOCKET_ID, user_data: JSON.stringify({ id: "someone-else" }) }));
    expect(response.status).toBe(200);
    const { auth, user_data } = (await response.json()) as { auth: string; user_data: string };
    expect(JSON.parse(user_data)).toEqual({
      id: member.id,
      user_info: { username: member.username, name: "Mira Okafor", avatarUrl: null },
    });
    const signature = createHmac("sha256", DEV_REALTIME.secret).update(`${SOCKET_ID}::user::${user_data}`).digest("hex");
    expect(auth).toBe(`${DEV_REALTIME.key}:${signature}`);
  });

  it("refuses a visitor, and a member whose account is gone, with 401", async () => {
    expect((await POST(userAuthRequest({ socket_id: SOCKET_ID }))).status).toBe(401);
    const member = await request.signInNewMember();
    await db.user.delete({ where: { id: member.id } });
    const response = await POST(userAuthRequest({ socket_id: SOCKET_ID }));
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: "Log in to go live in chat rooms." });
  });

  it("refuses a request from another site, and one without a socket id", async () => {
    await request.signInNewMember();
    expect((await POST(userAuthRequest({ socket_id: SOCKET_ID }, "https://evil.example"))).status).toBe(403);
    for (const fields of [{}, { socket_id: "1234" }, { socket_id: "1234.5678:evil" }] as Record<string, string>[]) {
      expect((await POST(userAuthRequest(fields))).status).toBe(400);
    }
  });
});
