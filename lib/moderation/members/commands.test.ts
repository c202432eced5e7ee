import { afterAll, describe, expect, it, vi } from "vitest";
import { NOT_ADMIN_MESSAGE } from "@/lib/moderation/result";
import { createAccount } from "@/lib/auth/accounts";
import { authenticate } from "@/lib/auth/authenticate";
import { resolveSessionUser } from "@/lib/auth/session-user";
import { storeMessage } from "@/lib/chat/messages";
import { db } from "@/lib/db";
import { MEMBER_GONE, banMember, deleteMember, setAdminRole, unbanMember } from "@/lib/moderation/members/commands";
import { createTestArtwork, filesOnDisk } from "@/lib/testing/artworks";
import { TEST_PASSWORD, createTestUser, uniqueUsername } from "@/lib/testing/factories";
import { liveConnectionOf } from "@/lib/testing/realtime-server";

const realtime = await vi.hoisted(async () => (await import("@/lib/testing/realtime-server")).realtimeServerForTheApp());
afterAll(() => realtime.stop());

// Its own snapshot of the database, where the only admins are this file's:
// "the last admin" means nothing in the database other files share.
vi.mock("@/lib/db", async () => ({ db: await (await import("@/lib/testing/private-database")).privateDatabaseWithoutAdmins() }));
// And its own media folder: files whose rows live in that snapshot would be
// orphans to the tests that compare the shared folder with the shared database.
vi.mock("@/lib/env", async (original) =>
  (await import("@/lib/testing/private-media")).withOwnMediaFolder(await original(), "media-moderation-members"),
);

async function createAdmin() {
  const username = uniqueUsername("admin");
  const created = await createAccount({ username, password: TEST_PASSWORD }, "ADMIN");
  if (!created.ok) throw new Error("admin refused");
  return { id: created.value, username };
}

const NOW = new Date("2026-11-24T10:00:00Z");
const DAY = 86_400_000;

const banState = (id: string) =>
  db.user.findUniqueOrThrow({
    where: { id },
    select: { bannedAt: true, bannedUntil: true, banReason: true, sessionVersion: true, role: true },
  });
const auditOf = (targetId: string) =>
  db.auditEntry.findMany({
    where: { targetId },
    orderBy: { id: "asc" },
    select: {
      adminId: true,
      adminName: true,
      action: true,
      targetType: true,
      targetLabel: true,
      targetOwnerId: true,
      reason: true,
      detail: true,
    },
  });

async function reportAbout(reporterId: string, target: { type: "MEMBER" | "ARTWORK"; id: string; ownerId: string }) {
  return db.report.create({
    data: {
      reporterId,
      targetType: target.type,
      targetId: target.id,
      targetOwnerId: target.ownerId,
      targetExcerpt: "reported",
      category: "SPAM",
      openKey: `${reporterId}:${target.type}:${target.id}`,
    },
  });
}

const clean = { bannedAt: null, bannedUntil: null, banReason: null, sessionVersion: 0, role: "USER" };

describe("banning a member", () => {
  it("bans for the chosen days, ends every session and live connection, refuses their log-in with when and why, closes reports and logs it", async () => {
    const [admin, member, reporter] = [await createAdmin(), await createTestUser(), await createTestUser()];
    const report = await reportAbout(reporter.id, { type: "MEMBER", id: member.id, ownerId: member.id });
    const [memberLive, reporterLive] = [await liveConnectionOf(realtime, member.id), await liveConnectionOf(realtime, reporter.id)];

    const result = await banMember(admin, { memberId: member.id, duration: "7d", reason: "Spam: in comments" }, NOW);

    const until = new Date(NOW.getTime() + 7 * DAY);
    expect(result).toEqual({
      ok: true,
      message: `${member.username} is banned until Tue, 01 Dec 2026 10:00 UTC. Their sessions have ended.`,
    });
    expect(await banState(member.id)).toEqual({
      bannedAt: NOW,
      bannedUntil: until,
      banReason: "Spam: in comments",
      sessionVersion: 1,
      role: "USER",
    });
    expect(await resolveSessionUser({ userId: member.id, sessionVersion: 0 }, NOW)).toBeNull();
    expect((await memberLive.endedWith()).code).toBe(4009);
    expect(await reporterLive.settledState()).toBe("connected");
    expect(
      await authenticate({ username: member.username, password: TEST_PASSWORD }, { address: "192.0.2.50", knownDevice: false }, NOW),
    ).toEqual({
      ok: false,
      reason: "banned",
      bannedUntil: until,
      banReason: "Spam: in comments",
    });
    expect(await db.report.findUniqueOrThrow({ where: { id: report.id } })).toMatchObject({
      status: "RESOLVED",
      outcome: "BANNED",
      resolvedById: admin.id,
      openKey: null,
    });
    expect(await auditOf(member.id)).toEqual([
      {
        adminId: admin.id,
        adminName: admin.username,
        action: "BAN_MEMBER",
        targetType: "MEMBER",
        targetLabel: member.username,
        targetOwnerId: member.id,
        reason: "Spam: in comments",
        detail: `until ${until.toISOString()}`,
      },
    ]);
  });

  it("bans for good with no end, and a second ban replaces the first", async () => {
    const [admin, member] = [await createAdmin(), await createTestUser()];
    await banMember(admin, { memberId: member.id, duration: "1d", reason: "Cool off" }, NOW);

    const result = await banMember(admin, { memberId: member.id, duration: "permanent", reason: "Again and again" }, NOW);

    expect(result).toEqual({ ok: true, message: `Changed the ban: ${member.username} is banned permanently. Their sessions have ended.` });
    expect(await banState(member.id)).toMatchObject({ bannedUntil: null, banReason: "Again and again", sessionVersion: 2 });
    expect((await auditOf(member.id)).map((entry) => entry.detail)).toEqual([
      `until ${new Date(NOW.getTime() + DAY).toISOString()}`,
      "permanent",
    ]);
  });

  it("refuses banning yourself, an admin, or a member who is gone, changing nothing", async () => {
    const [admin, otherAdmin] = [await createAdmin(), await createAdmin()];
    const input = { duration: "30d", reason: "No" } as const;
    expect(await banMember(admin, { ...input, memberId: admin.id }, NOW)).toEqual({ ok: false, message: "You cannot ban yourself." });
    expect(await banMember(admin, { ...input, memberId: otherAdmin.id }, NOW)).toEqual({
      ok: false,
      message: `${otherAdmin.username} is an admin: remove their admin role first.`,
    });
    expect(await banMember(admin, { ...input, memberId: "nosuchmember0000" }, NOW)).toEqual({ ok: false, message: MEMBER_GONE });
    for (const id of [admin.id, otherAdmin.id]) expect(await banState(id)).toEqual({ ...clean, role: "ADMIN" });
    expect(await db.auditEntry.count({ where: { adminId: admin.id } })).toBe(0);
  });

  it("from the queue, closes the report about the member's content it answers, and never someone else's", async () => {
    const [admin, member, bystander, reporter] = [
      await createAdmin(),
      await createTestUser(),
      await createTestUser(),
      await createTestUser(),
    ];
    const aboutTheirArt = await reportAbout(reporter.id, { type: "ARTWORK", id: `art${member.id}`, ownerId: member.id });
    const aboutOthersArt = await reportAbout(reporter.id, { type: "ARTWORK", id: `art${bystander.id}`, ownerId: bystander.id });

    await banMember(admin, { memberId: member.id, duration: "1d", reason: "Spam", reportId: aboutTheirArt.id }, NOW);
    await banMember(admin, { memberId: member.id, duration: "1d", reason: "Spam", reportId: aboutOthersArt.id }, NOW);

    const state = (id: string) => db.report.findUniqueOrThrow({ where: { id }, select: { status: true, outcome: true } });
    expect(await state(aboutTheirArt.id)).toEqual({ status: "RESOLVED", outcome: "BANNED" });
    expect(await state(aboutOthersArt.id)).toEqual({ status: "OPEN", outcome: null });
  });

  it("is all or nothing: an admin demoted meanwhile leaves no ban, no ended session or live connection and no audit entry", async () => {
    const [admin, member, reporter] = [await createAdmin(), await createTestUser(), await createTestUser()];
    const report = await reportAbout(reporter.id, { type: "MEMBER", id: member.id, ownerId: member.id });
    const memberLive = await liveConnectionOf(realtime, member.id);
    await db.user.update({ where: { id: admin.id }, data: { role: "USER" } });

    // The stale session still says ADMIN; the transaction reads the truth.
    expect(await banMember(admin, { memberId: member.id, duration: "1d", reason: "Too late" }, NOW)).toEqual({
      ok: false,
      message: NOT_ADMIN_MESSAGE,
    });

    expect(await banState(member.id)).toEqual(clean);
    expect(await memberLive.settledState()).toBe("connected");
    expect(await db.report.findUniqueOrThrow({ where: { id: report.id }, select: { status: true } })).toEqual({ status: "OPEN" });
    expect(await auditOf(member.id)).toEqual([]);
  });
});

describe("unbanning a member", () => {
  it("lifts the ban so they can log in again, and logs it", async () => {
    const [admin, member] = [await createAdmin(), await createTestUser()];
    await banMember(admin, { memberId: member.id, duration: "permanent", reason: "Spam" }, NOW);

    expect(await unbanMember(admin, { memberId: member.id, reason: "Apologised" }, NOW)).toEqual({
      ok: true,
      message: `${member.username} is no longer banned and can log in again.`,
    });
    expect(await banState(member.id)).toMatchObject({ bannedAt: null, bannedUntil: null, banReason: null });
    expect(
      (await authenticate({ username: member.username, password: TEST_PASSWORD }, { address: "192.0.2.51", knownDevice: false }, NOW)).ok,
    ).toBe(true);
    expect((await auditOf(member.id)).map((entry) => [entry.action, entry.reason])).toEqual([
      ["BAN_MEMBER", "Spam"],
      ["UNBAN_MEMBER", "Apologised"],
    ]);
  });

  it("refuses a member who is not banned (or whose ban has run out) and one who is gone", async () => {
    const [admin, member, expired] = [await createAdmin(), await createTestUser(), await createTestUser()];
    await banMember(admin, { memberId: expired.id, duration: "1d", reason: "Short" }, new Date(NOW.getTime() - 2 * DAY));
    expect(await unbanMember(admin, { memberId: member.id, reason: "" }, NOW)).toEqual({
      ok: false,
      message: `${member.username} is not banned.`,
    });
    expect(await unbanMember(admin, { memberId: expired.id, reason: "" }, NOW)).toEqual({
      ok: false,
      message: `${expired.username} is not banned.`,
    });
    expect(await unbanMember(admin, { memberId: "nosuchmember0000", reason: "" }, NOW)).toEqual({ ok: false, message: MEMBER_GONE });
    expect((await auditOf(expired.id)).map((entry) => entry.action)).toEqual(["BAN_MEMBER"]);
  });
});

describe("making and removing admins", () => {
  it("makes a member an admin and takes the role back, logging both", async () => {
    const [admin, member] = [await createAdmin(), await createTestUser()];
    expect(await setAdminRole(admin, { memberId: member.id, makeAdmin: true, reason: "Trusted" })).toEqual({
      ok: true,
      message: `${member.username} is now an admin.`,
    });
    expect((await banState(member.id)).role).toBe("ADMIN");
    expect(await setAdminRole(admin, { memberId: member.id, makeAdmin: false, reason: "" })).toEqual({
      ok: true,
      message: `${member.username} is no longer an admin.`,
    });
    expect((await banState(member.id)).role).toBe("USER");
    expect((await auditOf(member.id)).map((entry) => [entry.action, entry.adminId, entry.reason])).toEqual([
      ["MAKE_ADMIN", admin.id, "Trusted"],
      ["REMOVE_ADMIN", admin.id, ""],
    ]);
  });

  it("refuses making a banned member an admin, an admin twice, or removing a role nobody has", async () => {
    const [admin, banned, member] = [await createAdmin(), await createTestUser(), await createTestUser()];
    await banMember(admin, { memberId: banned.id, duration: "7d", reason: "Spam" }, new Date());
    expect(await setAdminRole(admin, { memberId: banned.id, makeAdmin: true, reason: "" })).toEqual({
      ok: false,
      message: `${banned.username} is banned: unban them before making them an admin.`,
    });
    expect(await setAdminRole(admin, { memberId: admin.id, makeAdmin: true, reason: "" })).toEqual({
      ok: false,
      message: `${admin.username} is an admin already.`,
    });
    expect(await setAdminRole(admin, { memberId: member.id, makeAdmin: false, reason: "" })).toEqual({
      ok: false,
      message: `${member.username} is not an admin.`,
    });
    expect(await setAdminRole(admin, { memberId: "nosuchmember0000", makeAdmin: true, reason: "" })).toEqual({
      ok: false,
      message: MEMBER_GONE,
    });
    expect([(await banState(banned.id)).role, (await banState(member.id)).role]).toEqual(["USER", "USER"]);
    expect(await auditOf(banned.id)).toHaveLength(1);
  });

  it("never removes the last admin, and lets an admin step down while another remains", async () => {
    await db.user.updateMany({ where: { role: "ADMIN" }, data: { role: "USER" } });
    const [last, next] = [await createAdmin(), await createTestUser()];

    expect(await setAdminRole(last, { memberId: last.id, makeAdmin: false, reason: "" })).toEqual({
      ok: false,
      message: `${last.username} is the last admin: make another member an admin first, so someone can still moderate.`,
    });
    expect((await banState(last.id)).role).toBe("ADMIN");
    expect(await auditOf(last.id)).toEqual([]);

    await setAdminRole(last, { memberId: next.id, makeAdmin: true, reason: "" });
    expect(await setAdminRole(last, { memberId: last.id, makeAdmin: false, reason: "Stepping down" })).toEqual({
      ok: true,
      message: "You are no longer an admin: the moderation pages are closed to you from now on.",
    });
    expect((await banState(last.id)).role).toBe("USER");
    expect(await auditOf(last.id)).toMatchObject([{ action: "REMOVE_ADMIN", adminId: last.id, reason: "Stepping down" }]);

    // The one admin left cannot be removed by anyone, not even by themselves.
    expect((await setAdminRole(next, { memberId: next.id, makeAdmin: false, reason: "" })).ok).toBe(false);
    expect(await db.user.count({ where: { role: "ADMIN" } })).toBe(1);
  });
});

describe("deleting a member", () => {
  it("deletes the account with its artwork, files, comments and messages, ends its live connections, closes reports and logs it", async () => {
    const [admin, member, reporter] = [await createAdmin(), await createTestUser("doomed"), await createTestUser()];
    const memberLive = await liveConnectionOf(realtime, member.id);
    const artwork = await createTestArtwork(member.id, "Doomed work");
    const keys = (await db.artworkVariant.findMany({ where: { artworkId: artwork.id }, select: { key: true } })).map(
      (variant) => variant.key,
    );
    const room = await db.chatRoom.create({
      data: { slug: uniqueUsername("room"), name: uniqueUsername("Room"), nameKey: uniqueUsername("room") },
    });
    await storeMessage({ roomId: room.id, authorId: member.id, body: "spam" });
    await db.comment.create({ data: { artworkId: artwork.id, authorId: member.id, body: "spam" } });
    const aboutMember = await reportAbout(reporter.id, { type: "MEMBER", id: member.id, ownerId: member.id });
    const aboutArtwork = await reportAbout(reporter.id, { type: "ARTWORK", id: artwork.id, ownerId: member.id });
    expect(await filesOnDisk()).toEqual(expect.arrayContaining(keys));

    expect(await deleteMember(admin, { memberId: member.id, reason: "Spam account" })).toEqual({
      ok: true,
      message: `Deleted ${member.username} and all their artwork, comments and messages.`,
    });

    expect(await db.user.count({ where: { id: member.id } })).toBe(0);
    expect((await memberLive.endedWith()).code).toBe(4009);
    expect(await db.artwork.count({ where: { authorId: member.id } })).toBe(0);
    expect(await db.chatMessage.count({ where: { authorId: member.id } })).toBe(0);
    expect(await db.comment.count({ where: { authorId: member.id } })).toBe(0);
    expect((await filesOnDisk()).filter((file) => keys.includes(file))).toEqual([]);
    for (const report of [aboutMember, aboutArtwork]) {
      expect(await db.report.findUniqueOrThrow({ where: { id: report.id } })).toMatchObject({ status: "RESOLVED", outcome: "DELETED" });
    }
    expect(await auditOf(member.id)).toEqual([
      expect.objectContaining({ action: "DELETE_MEMBER", adminId: admin.id, targetLabel: member.username, reason: "Spam account" }),
    ]);
    expect(await deleteMember(admin, { memberId: member.id, reason: "" })).toEqual({ ok: false, message: MEMBER_GONE });
  });

  it("refuses deleting yourself or an admin, changing nothing", async () => {
    const [admin, otherAdmin] = [await createAdmin(), await createAdmin()];
    expect(await deleteMember(admin, { memberId: admin.id, reason: "" })).toEqual({
      ok: false,
      message: "You cannot delete your own account here: use Settings → Account.",
    });
    expect(await deleteMember(admin, { memberId: otherAdmin.id, reason: "" })).toEqual({
      ok: false,
      message: `${otherAdmin.username} is an admin: remove their admin role first.`,
    });
    expect(await db.user.count({ where: { id: { in: [admin.id, otherAdmin.id] } } })).toBe(2);
    expect(await auditOf(otherAdmin.id)).toEqual([]);
  });

  it("is all or nothing: an admin demoted meanwhile leaves the account, its live connection, its files and its reports whole", async () => {
    const [admin, member, reporter] = [await createAdmin(), await createTestUser(), await createTestUser()];
    const memberLive = await liveConnectionOf(realtime, member.id);
    const artwork = await createTestArtwork(member.id, "Survivor");
    const keys = (await db.artworkVariant.findMany({ where: { artworkId: artwork.id }, select: { key: true } })).map(
      (variant) => variant.key,
    );
    const report = await reportAbout(reporter.id, { type: "MEMBER", id: member.id, ownerId: member.id });
    await db.user.update({ where: { id: admin.id }, data: { role: "USER" } });

    expect(await deleteMember(admin, { memberId: member.id, reason: "" })).toEqual({ ok: false, message: NOT_ADMIN_MESSAGE });

    expect(await memberLive.settledState()).toBe("connected");
    expect(await db.artwork.count({ where: { id: artwork.id } })).toBe(1);
    expect(await filesOnDisk()).toEqual(expect.arrayContaining(keys));
    expect(await db.report.findUniqueOrThrow({ where: { id: report.id }, select: { status: true } })).toEqual({ status: "OPEN" });
    expect(await auditOf(member.id)).toEqual([]);
  });
});
