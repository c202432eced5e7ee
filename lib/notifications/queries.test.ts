import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { markAllRead, NO_SUCH_NOTIFICATION, openNotification } from "@/lib/notifications/commands";
import { NOTIFICATIONS_PAGE_SIZE, notificationPage, unreadCount } from "@/lib/notifications/queries";
import { pruneReadNotifications } from "@/lib/notifications/retention";
import { UNREAD_COUNT_CAP } from "@/lib/notifications/types";
import { bareMembers } from "@/lib/testing/concurrency";

await vi.hoisted(async () => (await import("@/lib/testing/realtime-stand-in")).standInForTestFile());

async function membersNamed(count: number) {
  const ids = (await bareMembers(count)).map((member) => member.id);
  return db.user.findMany({ where: { id: { in: ids } }, select: { id: true, username: true } });
}

/** `count` followers of the member, each on a day of their own (so each is a group), newest last. */
async function followedOnDays(recipientId: string, count: number, followers: { id: string }[]) {
  const day = 24 * 60 * 60 * 1_000;
  await db.notification.createMany({
    data: Array.from({ length: count }, (_, index) => ({
      recipientId,
      actorId: followers[index % followers.length].id,
      type: "FOLLOW",
      groupKey: `follow:day${index}`,
      causeKey: `follow:${index}`,
      createdAt: new Date(Date.UTC(2026, 0, 1) + index * day),
    })),
  });
}

describe("the notification list", () => {
  it("pages newest first by keyset, every group once", async () => {
    const [reader, ...fans] = await membersNamed(4);
    await followedOnDays(reader.id, NOTIFICATIONS_PAGE_SIZE + 5, fans);
    const first = await notificationPage(reader);
    expect(first.groups).toHaveLength(NOTIFICATIONS_PAGE_SIZE);
    expect(first.groups[0].latestAt.getTime()).toBeGreaterThan(first.groups[1].latestAt.getTime());
    const second = await notificationPage(reader, first.next ?? undefined);
    expect(second.groups).toHaveLength(5);
    expect(second.next).toBeNull();
    const keys = [...first.groups, ...second.groups].map((group) => group.key);
    expect(new Set(keys).size).toBe(NOTIFICATIONS_PAGE_SIZE + 5);
  });

  it("counts unread groups for the bell, up to its cap", async () => {
    const [reader, fan] = await membersNamed(2);
    await followedOnDays(reader.id, UNREAD_COUNT_CAP + 20, [fan]);
    expect(await unreadCount(reader.id)).toBe(UNREAD_COUNT_CAP);
    await markAllRead(reader.id);
    expect(await unreadCount(reader.id)).toBe(0);
  });

  it("opens only the member's own notifications, and marks only their own read", async () => {
    const [reader, intruder, fan] = await membersNamed(3);
    await followedOnDays(reader.id, 1, [fan]);
    const row = await db.notification.findFirstOrThrow({ where: { recipientId: reader.id } });
    expect(await openNotification(intruder, row.id)).toEqual({ ok: false, message: NO_SUCH_NOTIFICATION });
    await markAllRead(intruder.id);
    expect(await unreadCount(reader.id)).toBe(1);
    expect(await openNotification(reader, row.id)).toEqual({ ok: true, value: `/u/${encodeURIComponent(fan.username)}` });
    expect(await unreadCount(reader.id)).toBe(0);
  });

  it("prunes read notifications after 90 days and keeps unread ones", async () => {
    const [reader, fan] = await membersNamed(2);
    await followedOnDays(reader.id, 2, [fan]);
    const rows = await db.notification.findMany({ where: { recipientId: reader.id }, orderBy: { id: "asc" } });
    await db.notification.update({ where: { id: rows[0].id }, data: { readAt: new Date(Date.UTC(2026, 0, 3)) } });
    await pruneReadNotifications(new Date(Date.UTC(2026, 3, 15)));
    expect(await db.notification.findMany({ where: { recipientId: reader.id }, select: { id: true } })).toEqual([{ id: rows[1].id }]);
  });
});
