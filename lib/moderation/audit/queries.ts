import "server-only";
import { requireAdmin } from "@/lib/moderation/guard";
import { db } from "@/lib/db";
import type { AuditFilter } from "@/lib/moderation/audit/schemas";

export const AUDIT_PAGE_SIZE = 50;

/**
 * One page of the audit log, newest first, narrowed by admin, action and
 * target; each filter has its own (column, id) index, so every page is an
 * index walk. 404 for anyone but an admin.
 */
export async function listAuditEntries(filter: AuditFilter, page: number) {
  await requireAdmin();
  const where = { adminId: filter.adminId, action: filter.action, targetType: filter.targetType, targetId: filter.targetId };
  const [total, entries] = await Promise.all([
    db.auditEntry.count({ where }),
    db.auditEntry.findMany({ where, orderBy: { id: "desc" }, skip: (page - 1) * AUDIT_PAGE_SIZE, take: AUDIT_PAGE_SIZE }),
  ]);
  return { entries, total, page, pageCount: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)) };
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
