import { afterAll, describe, expect, it, vi } from "vitest";
import { endAllSessions, replacePassword } from "@/lib/auth/accounts";
import { resolveSessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { createTestUser } from "@/lib/testing/factories";
import { liveConnectionOf } from "@/lib/testing/realtime-server";

const realtime = await vi.hoisted(async () => (await import("@/lib/testing/realtime-server")).realtimeServerForTheApp());
afterAll(() => realtime.stop());

describe("session validity", () => {
  it("honours a fresh token and exposes only id, username, role, theme and whether to ask for an address", async () => {
    const user = await createTestUser();
    expect(await resolveSessionUser({ userId: user.id, sessionVersion: 0 })).toEqual({
      id: user.id,
      username: user.username,
      role: "USER",
      theme: "SYSTEM",
      needsEmailNotice: false,
    });
  });

  it("ends every session of a member who logs out, and their live chat connections", async () => {
    const user = await createTestUser();
    const live = await liveConnectionOf(realtime, user.id);
    await endAllSessions(user.id);
    expect(await resolveSessionUser({ userId: user.id, sessionVersion: 0 })).toBeNull();
    expect(await resolveSessionUser({ userId: user.id, sessionVersion: 1 })).not.toBeNull();
    expect((await live.endedWith()).code).toBe(4009);
  });

  it("ends every session when the password changes, and their live chat connections", async () => {
    const user = await createTestUser();
    const live = await liveConnectionOf(realtime, user.id);
    await replacePassword(user.id, "a brand new passphrase");
    expect(await resolveSessionUser({ userId: user.id, sessionVersion: 0 })).toBeNull();
    expect((await live.endedWith()).code).toBe(4009);
  });

  it("ends the sessions of a banned member while the ban lasts", async () => {
    const user = await createTestUser();
    const bannedUntil = new Date(Date.now() + 3_600_000);
    await db.user.update({ where: { id: user.id }, data: { bannedAt: new Date(), bannedUntil } });
    expect(await resolveSessionUser({ userId: user.id, sessionVersion: 0 })).toBeNull();
    const later = new Date(bannedUntil.getTime() + 1);
    expect(await resolveSessionUser({ userId: user.id, sessionVersion: 0 }, later)).not.toBeNull();
  });

  it("treats missing, partial or unknown claims as signed out", async () => {
    expect(await resolveSessionUser(null)).toBeNull();
    expect(await resolveSessionUser({ userId: "no-such-user", sessionVersion: 0 })).toBeNull();
    const user = await createTestUser();
    expect(await resolveSessionUser({ userId: user.id })).toBeNull();
  });
});
