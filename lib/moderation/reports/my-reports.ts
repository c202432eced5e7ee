import "server-only";
import { db } from "@/lib/db";
import type { ReportCategory, ReportStatus, ReportTarget } from "@/lib/generated/prisma/client";
import { outcomeInWords } from "@/lib/moderation/reports/outcome-text";
import { loadPage, mapPage, type Page } from "@/lib/paging/page";

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
export async function listMyReports(reporterId: string, page: number): Promise<Page<MyReport>> {
  const list = await loadPage(
    page,
    MY_REPORTS_PAGE_SIZE,
    () => db.report.count({ where: { reporterId } }),
    (window) =>
      db.report.findMany({
        where: { reporterId },
        // Served by the (reporterId, createdAt) index.
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        ...window,
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
  );
  // A dismissal's note is part of its outcome ("No action: …"); other outcomes show it beside.
  const items = list.items.map((row) => ({
    ...row,
    outcome: outcomeInWords(row),
    resolutionNote: row.outcome === "DISMISSED" ? "" : row.resolutionNote,
  }));
  return mapPage(list, items);
}
