import { beforeEach, describe, expect, it, vi } from "vitest";
import { auditAdmins, listAuditEntries } from "@/lib/moderation/audit/queries";
import { dashboardSummary } from "@/lib/moderation/dashboard";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/moderation/audit/record";
import { createTestUser } from "@/lib/testing/factories";

const request = await vi.hoisted(async () => (await import("@/lib/testing/request-context")).mockRequestContext());

beforeEach(() => {
  request.user = null;
});

describe("who may read the audit log and the dashboard", () => {
  it.each([
    ["a visitor", null],
    ["a member", "USER"],
  ] as const)("%s gets the 404 page", async (_who, role) => {
    if (role) await request.signInNewMember(role);
    await expect(listAuditEntries({}, 1)).rejects.toThrow(/404/);
    await expect(auditAdmins()).rejects.toThrow(/404/);
    await expect(dashboardSummary()).rejects.toThrow(/404/);
  });
});

describe("filtering the audit log", () => {
  it("narrows by admin, action and target, newest first", async () => {
    const first = await request.signInNewMember("ADMIN");
    const second = await request.signInNewMember("ADMIN");
    const target = { type: "ARTWORK" as const, id: `art${first.id}`, label: "Sunset" };
    await db.$transaction((tx) => recordAudit(tx, first, { action: "HIDE_ARTWORK", target, reason: "Stolen" }));
    await db.$transaction((tx) => recordAudit(tx, second, { action: "UNHIDE_ARTWORK", target, reason: "Proof of authorship" }));
    await db.$transaction((tx) =>
      recordAudit(tx, second, { action: "LOCK_ROOM", target: { type: "ROOM", id: `room${second.id}`, label: "Lobby" } }),
    );

    const aboutTarget = await listAuditEntries({ targetType: "ARTWORK", targetId: target.id }, 1);
    expect(aboutTarget.items.map((entry) => entry.reason)).toEqual(["Proof of authorship", "Stolen"]);
    const bySecond = await listAuditEntries({ adminId: second.id }, 1);
    expect(bySecond.items.map((entry) => entry.action)).toEqual(["LOCK_ROOM", "UNHIDE_ARTWORK"]);
    const hides = await listAuditEntries({ adminId: first.id, action: "HIDE_ARTWORK" }, 1);
    expect(hides.total).toBe(1);
    expect((await listAuditEntries({ adminId: first.id, action: "LOCK_ROOM" }, 1)).items).toEqual([]);
  });

  it("lists every admin who acted, by their current name or, once deleted, the name the log kept", async () => {
    const gone = await request.signInNewMember("ADMIN");
    await db.$transaction((tx) =>
      recordAudit(tx, gone, { action: "LOCK_ROOM", target: { type: "ROOM", id: `room${gone.id}`, label: "Lobby" } }),
    );
    await db.user.delete({ where: { id: gone.id } });
    const renamed = await request.signInNewMember("ADMIN");
    await db.$transaction((tx) =>
      recordAudit(tx, renamed, { action: "LOCK_ROOM", target: { type: "ROOM", id: `room${renamed.id}`, label: "Lobby" } }),
    );
    await db.user.update({ where: { id: renamed.id }, data: { username: `${renamed.username}_new` } });

    const admins = await auditAdmins();
    expect(admins).toContainEqual({ id: gone.id, name: gone.username });
    expect(admins).toContainEqual({ id: renamed.id, name: `${renamed.username}_new` });
  });
});

describe("the dashboard", () => {
  it("counts open reports and banned members", async () => {
    await request.signInNewMember("ADMIN");
    const before = await dashboardSummary();
    const reporter = await createTestUser();
    const banned = await createTestUser();
    await db.user.update({ where: { id: banned.id }, data: { bannedAt: new Date(), bannedUntil: null, banReason: "Spam" } });
    await db.report.create({
      data: { reporterId: reporter.id, targetType: "MEMBER", targetId: banned.id, targetExcerpt: banned.username, category: "SPAM" },
    });
    const after = await dashboardSummary();
    // Other test files share the database, so only this test's own rows are certain.
    expect(after.counts.openReports).toBeGreaterThanOrEqual(before.counts.openReports + 1);
    expect(after.counts.bannedMembers).toBeGreaterThanOrEqual(before.counts.bannedMembers + 1);
    expect(after.latestMembers.length).toBeGreaterThan(0);
  });
});
