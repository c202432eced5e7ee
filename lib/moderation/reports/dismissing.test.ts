import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { dismissReport } from "@/lib/moderation/reports/dismissing";
import { listMyReports } from "@/lib/moderation/reports/my-reports";
import { fileReport } from "@/lib/moderation/reports/filing";
import type { ReportInput } from "@/lib/moderation/reports/schemas";
import { createTestUser } from "@/lib/testing/factories";
import { bareArtwork, createTestAdmin } from "@/lib/testing/report-targets";

const report = (type: ReportInput["target"]["type"], id: string | number, note = ""): ReportInput => ({
  target: { type, id: String(id) },
  category: "HARASSMENT",
  note,
});

describe("dismissing a report", () => {
  async function openReport() {
    const [owner, reporter] = [await createTestUser("owner"), await createTestUser("reporter")];
    const artwork = await bareArtwork(owner.id, "Questioned piece");
    await fileReport(reporter.id, report("ARTWORK", artwork.id, "Looks traced"));
    const row = await db.report.findFirstOrThrow({ where: { reporterId: reporter.id } });
    return { owner, reporter, artwork, row };
  }

  it("resolves it with the note and records who dismissed it in the audit log", async () => {
    const admin = await createTestAdmin();
    const { owner, reporter, row } = await openReport();
    expect(await dismissReport(admin, { reportId: row.id, note: "Original work, checked" })).toEqual({
      ok: true,
      message: "Report dismissed.",
    });
    expect(await db.report.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({
      status: "RESOLVED",
      outcome: "DISMISSED",
      resolutionNote: "Original work, checked",
      resolvedById: admin.id,
      openKey: null,
    });
    expect(await db.auditEntry.findMany({ where: { targetType: "REPORT", targetId: row.id } })).toMatchObject([
      {
        adminId: admin.id,
        adminName: admin.username,
        action: "DISMISS_REPORT",
        targetLabel: "Questioned piece",
        targetOwnerId: owner.id,
        reason: "Original work, checked",
      },
    ]);
    const mine = await listMyReports(reporter.id, 1);
    expect(mine.items.map((item) => [item.outcome, item.resolutionNote])).toEqual([["No action: Original work, checked", ""]]);
  });

  it("refuses a report that is already resolved, or missing, writing nothing", async () => {
    const admin = await createTestAdmin();
    const { row } = await openReport();
    await dismissReport(admin, { reportId: row.id, note: "First look" });
    expect(await dismissReport(admin, { reportId: row.id, note: "Second look" })).toEqual({
      ok: false,
      message: "This report is already resolved.",
    });
    expect(await dismissReport(admin, { reportId: "c0000000000000000000000", note: "?" })).toEqual({
      ok: false,
      message: "This report does not exist.",
    });
    expect((await db.report.findUniqueOrThrow({ where: { id: row.id } })).resolutionNote).toBe("First look");
    expect(await db.auditEntry.count({ where: { targetType: "REPORT", targetId: row.id } })).toBe(1);
  });

  it("leaves the report open and logs nothing when the caller is not an admin", async () => {
    const { owner, row } = await openReport();
    expect(await dismissReport(owner, { reportId: row.id, note: "Mine is fine" })).toEqual({
      ok: false,
      message: "Only admins can do this.",
    });
    expect(await db.report.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({
      status: "OPEN",
      outcome: null,
      resolutionNote: "",
    });
    expect(await db.auditEntry.count({ where: { targetType: "REPORT", targetId: row.id } })).toBe(0);
  });
});
