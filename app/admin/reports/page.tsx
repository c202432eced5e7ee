import type { Metadata } from "next";
import Link from "next/link";
import { Pagination } from "@/components/pagination";
import { requireAdmin } from "@/lib/moderation/guard";
import { listReportQueue, type QueueReport } from "@/lib/moderation/reports/queue";
import { reportQueueQuery, type QueueStatus } from "@/lib/moderation/reports/schemas";
import { pageHref } from "@/lib/paging/links";
import { outcomeInWords } from "@/lib/moderation/reports/outcome-text";
import { TARGET_NOUNS } from "@/lib/moderation/reports/targets";
import { ReportActions } from "./report-actions";
import { CATEGORY_LABELS } from "@/lib/validation/form-rules";

export const metadata: Metadata = { title: "Reports" };

const QUEUE_PATH = "/admin/reports";

const TABS: { status: QueueStatus; label: string }[] = [
  { status: "open", label: "Open" },
  { status: "resolved", label: "Resolved" },
];

const dateTimeOf = (date: Date) => date.toLocaleString("en", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export default async function ReportQueuePage({ searchParams }: PageProps<"/admin/reports">) {
  await requireAdmin();
  const query = reportQueueQuery.parse(await searchParams);
  const { status } = query;
  const queue = await listReportQueue(query);
  return (
    <>
      <h2>Reports</h2>
      <nav aria-label="Report status" className="queue-tabs">
        <ul>
          {TABS.map((tab) => (
            <li key={tab.status}>
              <Link
                href={pageHref(QUEUE_PATH, reportQueueQuery.params({ status: tab.status }))}
                aria-current={tab.status === status ? "page" : undefined}
              >
                {tab.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {queue.total === 0 ? (
        <p className="empty-state">{status === "open" ? "No open reports: nothing is waiting." : "No resolved reports yet."}</p>
      ) : (
        <>
          <p>
            {queue.total} {status} report{queue.total === 1 ? "" : "s"}, {status === "open" ? "oldest first" : "newest first"}.
          </p>
          <ol className="report-list">
            {queue.items.map((report) => (
              <QueueItem key={report.id} report={report} />
            ))}
          </ol>
          <Pagination list={queue} basePath={QUEUE_PATH} query={reportQueueQuery.params(query)} />
        </>
      )}
    </>
  );
}

function QueueItem({ report }: { report: QueueReport }) {
  const { target } = report;
  const others = target.openReports - (report.status === "OPEN" ? 1 : 0);
  return (
    <li className="report-entry" aria-labelledby={`report-${report.id}`}>
      <h3 id={`report-${report.id}`}>
        {CATEGORY_LABELS[report.category]}: {TARGET_NOUNS[target.type].toLowerCase()}
      </h3>
      <blockquote className="report-target">
        {target.href ? <Link href={target.href}>{target.excerpt}</Link> : <>{target.excerpt} (no longer exists)</>}
      </blockquote>
      <dl>
        <dt>Reported by</dt>
        <dd>
          <Link href={`/admin/members/${report.reporter.id}`}>{report.reporter.username}</Link> on{" "}
          <time dateTime={report.createdAt.toISOString()}>{dateTimeOf(report.createdAt)}</time>
        </dd>
        {report.note && (
          <>
            <dt>Note</dt>
            <dd className="report-note">{report.note}</dd>
          </>
        )}
        {target.ownerId && (
          <>
            <dt>{target.type === "MEMBER" ? "Member" : "Owner"}</dt>
            <dd>
              <Link href={`/admin/members/${target.ownerId}`}>Moderation page of the {target.type === "MEMBER" ? "member" : "owner"}</Link>
            </dd>
          </>
        )}
        <dt>Open reports about it</dt>
        <dd>{target.openReports === 0 ? "None" : `${target.openReports}${others > 0 ? ` (${others} from other members)` : ""}`}</dd>
        {report.status === "RESOLVED" && (
          <>
            <dt>Outcome</dt>
            <dd>
              {outcomeInWords(report)}
              {report.resolvedBy && ` — by ${report.resolvedBy}`}
              {report.resolvedAt && (
                <>
                  {" "}
                  on <time dateTime={report.resolvedAt.toISOString()}>{dateTimeOf(report.resolvedAt)}</time>
                </>
              )}
            </dd>
            {report.resolutionNote && report.outcome !== "DISMISSED" && (
              <>
                <dt>Resolution note</dt>
                <dd>{report.resolutionNote}</dd>
              </>
            )}
          </>
        )}
      </dl>
      <ReportActions report={report} />
    </li>
  );
}
