import type { Metadata } from "next";
import { Pagination } from "@/components/pagination";
import { requireUser } from "@/lib/auth/session";
import { listMyReports, type MyReport } from "@/lib/moderation/reports/my-reports";
import { pagedListQuery } from "@/lib/paging/list-query";
import { TARGET_NOUNS } from "@/lib/moderation/reports/targets";
import { CATEGORY_LABELS } from "@/lib/validation/form-rules";

export const metadata: Metadata = { title: "My reports" };

const SETTINGS_PATH = "/settings/reports";

const dateOf = (date: Date) => date.toLocaleDateString("en", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

export default async function MyReportsPage({ searchParams }: PageProps<"/settings/reports">) {
  const user = await requireUser(SETTINGS_PATH);
  const { page } = pagedListQuery.parse(await searchParams);
  const list = await listMyReports(user.id, page);
  return (
    <>
      <h2>My reports</h2>
      {list.total === 0 ? (
        <p>
          You have not reported anything. Every artwork, comment, chat message and profile has a “Report” link for when something is wrong.
        </p>
      ) : (
        <>
          <p>What you reported, newest first, and what moderators did about it.</p>
          <ul className="report-list">
            {list.items.map((report) => (
              <MyReportRow key={report.id} report={report} />
            ))}
          </ul>
          <Pagination list={list} basePath={SETTINGS_PATH} />
        </>
      )}
    </>
  );
}

function MyReportRow({ report }: { report: MyReport }) {
  return (
    <li className="report-entry">
      <p className="my-report-target">
        {TARGET_NOUNS[report.targetType]}: <q>{report.targetExcerpt}</q>
      </p>
      <dl>
        <dt>Category</dt>
        <dd>{CATEGORY_LABELS[report.category]}</dd>
        <dt>Reported</dt>
        <dd>
          <time dateTime={report.createdAt.toISOString()}>{dateOf(report.createdAt)}</time>
        </dd>
        <dt>Status</dt>
        <dd>
          {report.status === "OPEN" ? "Open" : "Resolved"}
          {report.resolvedAt && (
            <>
              {" "}
              on <time dateTime={report.resolvedAt.toISOString()}>{dateOf(report.resolvedAt)}</time>
            </>
          )}
        </dd>
        <dt>Outcome</dt>
        <dd>{report.outcome}</dd>
        {report.resolutionNote && (
          <>
            <dt>Moderators’ note</dt>
            <dd>{report.resolutionNote}</dd>
          </>
        )}
      </dl>
    </li>
  );
}
