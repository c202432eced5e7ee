import "server-only";
import { requireAdmin } from "@/lib/moderation/guard";
import { db } from "@/lib/db";
import type { AuditEntry } from "@/lib/generated/prisma/client";
import { loadPage, type Page } from "@/lib/paging/page";
import type { AuditFilter } from "@/lib/moderation/audit/schemas";

export const AUDIT_PAGE_SIZE = 50;

/**
 * One page of the audit log, newest first, narrowed by admin, action and
 * target; each filter has its own (column, id) index, so every page is an
 * index walk. 404 for anyone but an admin.
 */
export async function listAuditEntries(filter: AuditFilter, page: number): Promise<Page<AuditEntry>> {
  await requireAdmin();
  const where = { adminId: filter.adminId, action: filter.action, targetType: filter.targetType, targetId: filter.targetId };
  return loadPage(
    page,
    AUDIT_PAGE_SIZE,
    () => db.auditEntry.count({ where }),
    (window) => db.auditEntry.findMany({ where, orderBy: { id: "desc" }, ...window }),
  );
}

/**
 * Everyone who has acted, for the admin filter: current names where the
 * account still exists, otherwise the name their latest entry recorded.
 * Both reads walk the (adminId, id) index.
 */
export async function auditAdmins(): Promise<{ id: string; name: string }[]> {
  await requireAdmin();
  const groups = await db.auditEntry.groupBy({ by: ["adminId"], _max: { id: true } });
  const ids = groups.map((group) => group.adminId);
  const latestIds = groups.flatMap((group) => (group._max.id === null ? [] : [group._max.id]));
  const [current, latest] = await Promise.all([
    db.user.findMany({ where: { id: { in: ids } }, select: { id: true, username: true } }),
    db.auditEntry.findMany({ where: { id: { in: latestIds } }, select: { adminId: true, adminName: true } }),
  ]);
  const names = new Map(latest.map((entry) => [entry.adminId, entry.adminName]));
  for (const user of current) names.set(user.id, user.username);
  return ids.map((id) => ({ id, name: names.get(id) ?? id })).sort((a, b) => a.name.localeCompare(b.name));
}
