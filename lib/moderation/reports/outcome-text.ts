import type { ReportOutcome, ReportStatus } from "@/lib/generated/prisma/client";

/** The outcome of a report as its reporter reads it. */
export function outcomeInWords(report: { status: ReportStatus; outcome: ReportOutcome | null; resolutionNote: string }): string {
  if (report.status === "OPEN") return "Waiting for moderators";
  switch (report.outcome) {
    case "HIDDEN":
      return "Artwork hidden";
    case "DELETED":
      return "Removed";
    case "BANNED":
      return "Member banned";
    default:
      return report.resolutionNote ? `No action: ${report.resolutionNote}` : "No action";
  }
}
