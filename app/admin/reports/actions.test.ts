import { beforeEach, describe, expect, it, vi } from "vitest";
import { initialFormState } from "@/lib/actions/form-state";
import { NOT_ADMIN_MESSAGE } from "@/lib/moderation/result";
import { db } from "@/lib/db";
import { fileReport } from "@/lib/moderation/reports/filing";
import { createTestUser } from "@/lib/testing/factories";
import { formData } from "@/lib/testing/form-data";
import { bareArtwork, createTestAdmin } from "@/lib/testing/report-targets";
import { dismissReportAction } from "./actions";

const request = await vi.hoisted(async () => (await import("@/lib/testing/request-context")).mockRequestContext());

beforeEach(() => {
  request.user = null;
});

async function openReport() {
  const [owner, reporter] = [await createTestUser("owner"), await createTestUser("reporter")];
  const artwork = await bareArtwork(owner.id);
  await fileReport(reporter.id, { target: { type: "ARTWORK", id: artwork.id }, category: "SPAM", note: "" });
  return { owner, report: await db.report.findFirstOrThrow({ where: { reporterId: reporter.id } }) };
}

const stateOf = (reportId: string) =>
  db.report.findUniqueOrThrow({ where: { id: reportId }, select: { status: true, outcome: true, resolutionNote: true } });
const auditOf = (reportId: string) =>
  db.auditEntry.findMany({ where: { targetType: "REPORT", targetId: reportId }, select: { action: true, reason: true } });

describe("dismissing a report from the queue", () => {
  it("is refused to a visitor and to a member (even the owner of the reported content), changing nothing", async () => {
    const { owner, report } = await openReport();
    for (const user of [null, { ...owner, role: "USER" as const, theme: "SYSTEM" as const }]) {
      request.user = user;
      expect(await dismissReportAction(initialFormState, formData({ reportId: report.id, reason: "Nothing wrong" }))).toEqual({
        status: "error",
        message: NOT_ADMIN_MESSAGE,
      });
    }
    expect(await stateOf(report.id)).toEqual({ status: "OPEN", outcome: null, resolutionNote: "" });
    expect(await auditOf(report.id)).toEqual([]);
  });

  it("dismisses it for an admin with the note, which the reporter will read", async () => {
    const { report } = await openReport();
    request.user = await createTestAdmin();
    expect(
      await dismissReportAction(initialFormState, formData({ reportId: report.id, reason: "Not spam: a sale announcement" })),
    ).toMatchObject({
      status: "success",
      message: "Report dismissed.",
    });
    expect(await stateOf(report.id)).toEqual({ status: "RESOLVED", outcome: "DISMISSED", resolutionNote: "Not spam: a sale announcement" });
    expect(await auditOf(report.id)).toEqual([{ action: "DISMISS_REPORT", reason: "Not spam: a sale announcement" }]);
  });

  it("asks for a note and changes nothing without one", async () => {
    const { report } = await openReport();
    request.user = await createTestAdmin();
    expect(await dismissReportAction(initialFormState, formData({ reportId: report.id, reason: "  " }))).toMatchObject({
      status: "error",
      fieldErrors: { reason: ["Give a reason: the member will see it"] },
    });
    expect(await stateOf(report.id)).toEqual({ status: "OPEN", outcome: null, resolutionNote: "" });
  });
});
