import type { Metadata } from "next";
import Link from "next/link";
import { ColumnTable } from "@/components/admin/column-table";
import { LabelledSelect } from "@/components/labelled-select";
import { Pagination } from "@/components/pagination";
import { auditAdmins, listAuditEntries } from "@/lib/moderation/audit/queries";
import type { AuditEntry } from "@/lib/generated/prisma/client";
import { AUDIT_ACTION_LABELS, AUDIT_TARGET_LABELS, auditTargetHref } from "@/lib/moderation/audit/labels";
import { auditListQuery, type AuditFilter } from "@/lib/moderation/audit/schemas";
import { pageHref } from "@/lib/paging/links";

export const metadata: Metadata = { title: "Audit log" };

const AUDIT_PATH = "/admin/audit";

export default async function AuditLogPage({ searchParams }: PageProps<"/admin/audit">) {
  const { page, ...filter } = auditListQuery.parse(await searchParams);
  const [log, admins] = await Promise.all([listAuditEntries(filter, page), auditAdmins()]);
  return (
    <>
      <h2>Audit log</h2>
      <p>Every moderation action, newest first. Entries cannot be edited or deleted.</p>
      <AuditFilterForm filter={filter} admins={admins} />
      {log.items.length === 0 ? (
        <p className="empty-state">No entries match.</p>
      ) : (
        <ColumnTable className="audit-log" columns={["When", "Admin", "Action", "Target", "Reason"]}>
          {log.items.map((entry) => (
            <AuditRow key={entry.id} entry={entry} />
          ))}
        </ColumnTable>
      )}
      <Pagination list={log} basePath={AUDIT_PATH} query={auditListQuery.params(filter)} />
    </>
  );
}

function AuditFilterForm({ filter, admins }: { filter: AuditFilter; admins: { id: string; name: string }[] }) {
  const filters = [
    ["Admin", "adminId", Object.fromEntries(admins.map((admin) => [admin.id, admin.name]))],
    ["Action", "action", AUDIT_ACTION_LABELS],
    ["Target", "targetType", AUDIT_TARGET_LABELS],
  ] as const;
  return (
    <form method="get" action={AUDIT_PATH} className="admin-filters">
      {filters.map(([label, name, options]) => (
        <LabelledSelect
          key={name}
          label={label}
          name={name}
          defaultValue={filter[name] ?? ""}
          anyOption={`Any ${label.toLowerCase()}`}
          options={options}
        />
      ))}
      {filter.targetId && <input type="hidden" name="targetId" value={filter.targetId} />}
      <button type="submit">Filter log</button>
      {(filter.adminId || filter.action || filter.targetType || filter.targetId) && <Link href={AUDIT_PATH}>Clear filters</Link>}
    </form>
  );
}

function AuditRow({ entry }: { entry: AuditEntry }) {
  const href = auditTargetHref(entry.targetType, entry.targetId);
  const sameTarget = pageHref(AUDIT_PATH, auditListQuery.params({ targetType: entry.targetType, targetId: entry.targetId }));
  return (
    <tr>
      <td>
        <time dateTime={entry.createdAt.toISOString()}>{entry.createdAt.toUTCString().replace(/:\d\d GMT$/, " UTC")}</time>
      </td>
      <td>
        <Link href={pageHref(AUDIT_PATH, auditListQuery.params({ adminId: entry.adminId }))}>{entry.adminName}</Link>
      </td>
      <td>
        {AUDIT_ACTION_LABELS[entry.action]}
        {entry.detail && <small className="audit-detail">{entry.detail}</small>}
      </td>
      <td>
        {AUDIT_TARGET_LABELS[entry.targetType]}: {href ? <Link href={href}>{entry.targetLabel}</Link> : entry.targetLabel}
        <small className="audit-detail">
          <Link href={sameTarget} aria-label={`Every entry about ${entry.targetLabel}`}>
            History
          </Link>
        </small>
      </td>
      <td className="audit-reason">{entry.reason || "—"}</td>
    </tr>
  );
}
