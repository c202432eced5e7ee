import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { NotAnAdminError, recordAudit } from "@/lib/moderation/audit/record";
import { createTestAdmin, createTestUser } from "@/lib/testing/factories";

const entriesAbout = (targetId: string) => db.auditEntry.findMany({ where: { targetId } });

describe("recordAudit", () => {
  it("records who did what to which target, why, and when", async () => {
    const admin = await createTestAdmin();
    const member = await createTestUser();
    await db.$transaction((tx) =>
      recordAudit(tx, admin, {
        action: "BAN_MEMBER",
        target: { type: "MEMBER", id: member.id, label: member.username, ownerId: member.id },
        reason: "Spam",
        detail: "permanent",
      }),
    );
    const [entry] = await entriesAbout(member.id);
    expect(entry).toMatchObject({
      adminId: admin.id,
      adminName: admin.username,
      action: "BAN_MEMBER",
      targetLabel: member.username,
      reason: "Spam",
      detail: "permanent",
    });
    expect(Date.now() - entry.createdAt.getTime()).toBeLessThan(60_000);
  });

  it("refuses a member who is not an admin, and the action it belonged to is rolled back", async () => {
    const member = await createTestUser();
    const victim = await createTestUser();
    const attempt = db.$transaction(async (tx) => {
      await tx.user.update({ where: { id: victim.id }, data: { banReason: "forged" } });
      await recordAudit(tx, member, { action: "BAN_MEMBER", target: { type: "MEMBER", id: victim.id, label: victim.username } });
    });
    await expect(attempt).rejects.toBeInstanceOf(NotAnAdminError);
    expect((await db.user.findUniqueOrThrow({ where: { id: victim.id } })).banReason).toBeNull();
    expect(await entriesAbout(victim.id)).toEqual([]);
  });

  it("cuts long text into a one-line label", async () => {
    const admin = await createTestAdmin();
    const target = "comment0long0text0abc";
    await db.$transaction((tx) =>
      recordAudit(tx, admin, {
        action: "DELETE_COMMENT",
        target: { type: "COMMENT", id: target, label: `line one\nline two ${"x".repeat(400)}` },
      }),
    );
    const [entry] = await entriesAbout(target);
    expect(entry.targetLabel).toMatch(/^line one line two x+…$/);
    expect(entry.targetLabel).toHaveLength(200);
  });
});

describe("the audit log is append-only", () => {
  it("refuses to edit or delete an entry, even by hand in the database", async () => {
    const admin = await createTestAdmin();
    const target = "room0append0only0abc";
    await db.$transaction((tx) =>
      recordAudit(tx, admin, { action: "LOCK_ROOM", target: { type: "ROOM", id: target, label: "Room" }, reason: "Flame war" }),
    );
    const [entry] = await entriesAbout(target);
    // Prisma words a trigger's refusal as a constraint violation; the raw statement shows SQLite's own message.
    await expect(db.auditEntry.update({ where: { id: entry.id }, data: { reason: "nothing happened" } })).rejects.toThrow();
    await expect(db.auditEntry.delete({ where: { id: entry.id } })).rejects.toThrow();
    await expect(db.$executeRawUnsafe(`DELETE FROM "AuditEntry"`)).rejects.toThrow(/append-only/);
    expect(await entriesAbout(target)).toMatchObject([{ reason: "Flame war" }]);
  });

  it("keeps the entries of an admin whose account is deleted", async () => {
    const admin = await createTestAdmin();
    const target = "artwork0kept0entry0a";
    await db.$transaction((tx) =>
      recordAudit(tx, admin, { action: "HIDE_ARTWORK", target: { type: "ARTWORK", id: target, label: "A title" } }),
    );
    await db.user.delete({ where: { id: admin.id } });
    expect(await entriesAbout(target)).toMatchObject([{ adminId: admin.id, adminName: admin.username }]);
  });
});
