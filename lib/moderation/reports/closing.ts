import "server-only";
import type { Prisma, ReportOutcome, ReportTarget } from "@/lib/generated/prisma/client";

/**
 * Closes every open report about a target once moderators have dealt with
 * it, from the report queue or from anywhere else in /admin, inside the
 * action's transaction: the reporters see the outcome in their settings and
 * nobody acts twice on the same thing.
 */
export async function closeReportsAbout(
  tx: Prisma.TransactionClient,
  target: { type: ReportTarget; id: string },
  outcome: ReportOutcome,
  adminId: string,
  resolutionNote = "",
): Promise<number> {
  const { count } = await tx.report.updateMany({
    where: { targetType: target.type, targetId: target.id, status: "OPEN" },
    data: { status: "RESOLVED", outcome, resolvedById: adminId, resolvedAt: new Date(), resolutionNote, openKey: null },
  });
  return count;
}

/**
 * Closes one open report whose content belongs to this member, when a ban
 * from the queue answers a report about their artwork, comment or message
 * (the content itself may stay). A report about someone else is left alone.
 */
export async function closeReportOnOwner(
  tx: Prisma.TransactionClient,
  reportId: string,
  ownerId: string,
  outcome: ReportOutcome,
  adminId: string,
  resolutionNote = "",
): Promise<number> {
  const { count } = await tx.report.updateMany({
    where: { id: reportId, targetOwnerId: ownerId, status: "OPEN" },
    data: { status: "RESOLVED", outcome, resolvedById: adminId, resolvedAt: new Date(), resolutionNote, openKey: null },
  });
  return count;
}
