import "server-only";
import type { Prisma, ReportOutcome, ReportTarget } from "@/lib/generated/prisma/client";
import { tellQuietly, type Tell } from "@/lib/notifications/notify";

type Transaction = Prisma.TransactionClient;
type Closing = { outcome: ReportOutcome; adminId: string; resolutionNote: string };

/** Closes the open reports a condition picks, and tells each reporter what came of theirs. */
async function closeReports(
  tx: Transaction,
  where: Prisma.ReportWhereInput,
  { outcome, adminId, resolutionNote }: Closing,
  tell: Tell,
): Promise<number> {
  const open = await tx.report.findMany({
    where: { ...where, status: "OPEN" },
    select: { id: true, reporterId: true, targetExcerpt: true },
  });
  if (open.length === 0) return 0;
  const { count } = await tx.report.updateMany({
    where: { id: { in: open.map((report) => report.id) }, status: "OPEN" },
    data: { status: "RESOLVED", outcome, resolvedById: adminId, resolvedAt: new Date(), resolutionNote, openKey: null },
  });
  for (const report of open) {
    await tell(tx, {
      type: "REPORT_OUTCOME",
      recipientId: report.reporterId,
      reportId: report.id,
      excerpt: report.targetExcerpt,
      reason: resolutionNote,
    });
  }
  return count;
}

/**
 * Closes every open report about a target once moderators have dealt with
 * it, from the report queue or from anywhere else in /admin, inside the
 * action's transaction: the reporters see the outcome in their settings and
 * nobody acts twice on the same thing.
 */
export async function closeReportsAbout(
  tx: Transaction,
  target: { type: ReportTarget; id: string },
  outcome: ReportOutcome,
  adminId: string,
  resolutionNote = "",
  tell: Tell = tellQuietly,
): Promise<number> {
  return closeReports(tx, { targetType: target.type, targetId: target.id }, { outcome, adminId, resolutionNote }, tell);
}

/**
 * Closes one open report whose content belongs to this member, when a ban
 * from the queue answers a report about their artwork, comment or message
 * (the content itself may stay). A report about someone else is left alone.
 */
export async function closeReportOnOwner(
  tx: Transaction,
  reportId: string,
  ownerId: string,
  outcome: ReportOutcome,
  adminId: string,
  resolutionNote = "",
): Promise<number> {
  return closeReports(tx, { id: reportId, targetOwnerId: ownerId }, { outcome, adminId, resolutionNote }, tellQuietly);
}
