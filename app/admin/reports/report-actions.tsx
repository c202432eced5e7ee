import { ModerationForm } from "@/components/admin/moderation-form";
import type { QueueReport } from "@/lib/moderation/reports/queue";
import { ArtworkActions } from "../artwork/artwork-actions";
import { BanForm } from "../members/[id]/member-actions";
import { DeleteContentForm } from "../delete-content-form";
import { dismissReportAction } from "./actions";

/**
 * What an admin can do about an open report: act on its target with the
 * same forms as the rest of /admin (each closes every open report about that
 * target, with its outcome, in its own transaction), or dismiss this report.
 */
export function ReportActions({ report }: { report: QueueReport }) {
  if (report.status !== "OPEN") return null;
  return (
    <div className="report-actions">
      {report.target.href && <TargetActions target={report.target} idPrefix={`report-${report.id}`} />}
      {report.target.ownerId && report.target.type !== "MEMBER" && (
        <BanForm memberId={report.target.ownerId} idPrefix={`report-${report.id}-ban`} summary="Ban the author…" reportId={report.id} />
      )}
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

/** The forms that act on what was reported, while it still exists. */
function TargetActions({ target, idPrefix }: { target: QueueReport["target"]; idPrefix: string }) {
  switch (target.type) {
    case "ARTWORK":
      return <ArtworkActions artworkId={target.id} title={target.excerpt} hidden={false} idPrefix={idPrefix} />;
    case "COMMENT":
      return <DeleteContentForm kind="comment" id={target.id} idPrefix={idPrefix} />;
    case "CHAT_MESSAGE":
      return <DeleteContentForm kind="message" id={target.id} idPrefix={idPrefix} />;
    case "MEMBER":
      return <BanForm memberId={target.id} idPrefix={`${idPrefix}-ban`} />;
  }
}
