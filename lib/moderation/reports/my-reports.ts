import "server-only";
import { db } from "@/lib/db";
import type { ReportCategory, ReportStatus, ReportTarget } from "@/lib/generated/prisma/client";
import { outcomeInWords } from "@/lib/moderation/reports/outcome-text";

export const MY_REPORTS_PAGE_SIZE = 20;

export type MyReport = {
  id: string;
  targetType: ReportTarget;
  targetExcerpt: string;
  category: ReportCategory;
  createdAt: Date;
  status: ReportStatus;
  outcome: string;
  /** The moderators' note where the outcome does not already say it. */
  resolutionNote: string;
  resolvedAt: Date | null;
};

/** A member's own reports, newest first, with the outcome in words. */
export async function listMyReports(
  reporterId: string,
  page: number,
): Promise<{ items: MyReport[]; page: number; pageCount: number; total: number }> {
  const [total, rows] = await Promise.all([
    db.report.count({ where: { reporterId } }),
    db.report.findMany({
      where: { reporterId },
      // Served by the (reporterId, createdAt) index.
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * MY_REPORTS_PAGE_SIZE,
      take: MY_REPORTS_PAGE_SIZE,
      select: {
        id: true,
        targetType: true,
        targetExcerpt: true,
        category: true,
        createdAt: true,
        status: true,
        outcome: true,
        resolutionNote: true,
        resolvedAt: true,
      },
    }),
  ]);
  // A dismissal's note is part of its outcome ("No action: …"); other outcomes show it beside.
  const items = rows.map((row) => ({
    ...row,
    outcome: outcomeInWords(row),
    resolutionNote: row.outcome === "DISMISSED" ? "" : row.resolutionNote,
  }));
  return { items, page, pageCount: Math.max(1, Math.ceil(total / MY_REPORTS_PAGE_SIZE)), total };
}
