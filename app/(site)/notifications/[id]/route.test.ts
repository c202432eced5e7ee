import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { follow } from "@/lib/follows/follows";
import { unreadCount } from "@/lib/notifications/queries";
import { createTestUser } from "@/lib/testing/factories";
import { GET } from "./route";

const request = await vi.hoisted(async () => (await import("@/lib/testing/request-context")).mockRequestContext());
await vi.hoisted(async () => (await import("@/lib/testing/realtime-stand-in")).standInForTestFile());

const ORIGIN = "http://localhost:3000";
const open = (id: string) => GET(new Request(`${ORIGIN}/notifications/${id}`), { params: Promise.resolve({ id }) });

beforeEach(() => {
  request.user = null;
});

async function followed() {
  const [member, fan] = [await createTestUser(), await createTestUser("fan")];
  await follow(fan.id, member.id);
  const row = await db.notification.findFirstOrThrow({ where: { recipientId: member.id } });
  return { member, fan, id: String(row.id) };
}

describe("opening a notification", () => {
  it("marks it read and leads where it points", async () => {
    const { member, fan, id } = await followed();
    request.actAs(member);
    const response = await open(id);
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`${ORIGIN}/u/${fan.username}`);
    expect(await unreadCount(member.id)).toBe(0);
  });

  it("leads another member back to their own list, leaving it unread", async () => {
    const { member, id } = await followed();
    request.actAs(await createTestUser("intruder"));
    const response = await open(id);
    expect(response.headers.get("location")).toBe(`${ORIGIN}/notifications`);
    expect(await unreadCount(member.id)).toBe(1);
  });

  it("sends a visitor to log in and back, and takes a mangled id as the list", async () => {
    const { id } = await followed();
    expect((await open(id)).headers.get("location")).toBe(`${ORIGIN}/login?callbackUrl=${encodeURIComponent(`/notifications/${id}`)}`);
    request.actAs(await createTestUser());
    expect((await open("1e400")).headers.get("location")).toBe(`${ORIGIN}/notifications`);
  });
});
