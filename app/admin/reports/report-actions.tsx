import { ModerationForm } from "@/components/admin/moderation-form";
import type { QueueReport } from "@/lib/admin/reports";
import { dismissReportAction } from "./actions";

/**
 * What an admin can do about an open report. The forms acting on its target
 * (hide or delete it, ban its owner) go here beside the dismissal; they need
 * report.target.type, .id and .ownerId, and close the report themselves
 * (closeReportsAbout in the same transaction).
 */
export function ReportActions({ report }: { report: QueueReport }) {
  if (report.status !== "OPEN") return null;
  return (
    <div className="report-actions">
      <ModerationForm
        action={dismissReportAction}
        fields={{ reportId: report.id }}
        label="Dismiss report"
        idPrefix={`dismiss-${report.id}`}
        reason="required"
        reasonLabel="Resolution note (the reporter sees it)"
        summary="Dismiss…"
      />
    </div>
  );
}
