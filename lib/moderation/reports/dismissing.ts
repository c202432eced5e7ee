import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { asAdmin, recordAudit } from "@/lib/moderation/audit/record";
import { notifyingTransaction } from "@/lib/notifications/notify";
import { done, refused, type ModerationResult } from "@/lib/moderation/result";

/**
 * Closes one report with no action, with the note the reporter will read.
 * Other open reports about the same target stay open: each reporter's
 * concern is answered on its own.
 */
export async function dismissReport(
  admin: Pick<SessionUser, "id">,
  { reportId, note }: { reportId: string; note: string },
): Promise<ModerationResult> {
  return asAdmin(() =>
    notifyingTransaction(async (tx, tell) => {
      const report = await tx.report.findUnique({
        where: { id: reportId },
        select: { status: true, targetType: true, targetExcerpt: true, targetOwnerId: true, reporterId: true },
      });
      if (!report) return refused("This report does not exist.");
      if (report.status !== "OPEN") return refused("This report is already resolved.");
      const { count } = await tx.report.updateMany({
        where: { id: reportId, status: "OPEN" },
        data: {
          status: "RESOLVED",
          outcome: "DISMISSED",
          resolutionNote: note,
          resolvedById: admin.id,
          resolvedAt: new Date(),
          openKey: null,
        },
      });
      if (count !== 1) return refused("This report is already resolved.");
      await tell({ type: "REPORT_OUTCOME", recipientId: report.reporterId, reportId, excerpt: report.targetExcerpt, reason: note });
      await recordAudit(tx, admin, {
        action: "DISMISS_REPORT",
        target: { type: "REPORT", id: reportId, label: report.targetExcerpt, ownerId: report.targetOwnerId },
        reason: note,
      });
      return done("Report dismissed.");
    }),
  );
}
