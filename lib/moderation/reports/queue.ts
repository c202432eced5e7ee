import "server-only";
import { requireAdmin } from "@/lib/moderation/guard";
import { db } from "@/lib/db";
import type { QueueStatus } from "@/lib/moderation/reports/schemas";
import { loadPage, mapPage, type Page } from "@/lib/paging/page";
import type { ReportCategory, ReportOutcome, ReportStatus, ReportTarget } from "@/lib/generated/prisma/client";

export const QUEUE_PAGE_SIZE = 20;

/** What a queue item shows, and what the forms acting on its target need (type, id, owner). */
export type QueueReport = {
  id: string;
  category: ReportCategory;
  note: string;
  reporter: { id: string; username: string };
  createdAt: Date;
  status: ReportStatus;
  outcome: ReportOutcome | null;
  resolutionNote: string;
  resolvedAt: Date | null;
  resolvedBy: string | null;
  target: {
    type: ReportTarget;
    id: string;
    ownerId: string | null;
    excerpt: string;
    /** Where it is shown, or null once it is gone. */
    href: string | null;
    /** Open reports about the same target, this one included. */
    openReports: number;
  };
};

const reportSelect = {
  id: true,
  category: true,
  note: true,
  createdAt: true,
  status: true,
  outcome: true,
  resolutionNote: true,
  resolvedAt: true,
  targetType: true,
  targetId: true,
  targetOwnerId: true,
  targetExcerpt: true,
  reporter: { select: { id: true, username: true } },
  resolvedById: true,
} as const;

type Ref = { targetType: ReportTarget; targetId: string };
const keyOf = (ref: Ref) => `${ref.targetType}:${ref.targetId}`;
const idsOf = (refs: Ref[], type: ReportTarget) => [...new Set(refs.filter((ref) => ref.targetType === type).map((ref) => ref.targetId))];

/** Where each target of the page is shown: one query per kind of target, never one per report. */
async function targetLinks(refs: Ref[]): Promise<Map<string, string>> {
  const [artworks, comments, messages, members] = await Promise.all([
    db.artwork.findMany({ where: { id: { in: idsOf(refs, "ARTWORK") } }, select: { id: true } }),
    db.comment.findMany({ where: { id: { in: idsOf(refs, "COMMENT") } }, select: { id: true, artworkId: true } }),
    db.chatMessage.findMany({
      where: { id: { in: idsOf(refs, "CHAT_MESSAGE").map(Number) } },
      select: { id: true, room: { select: { slug: true } } },
    }),
    db.user.findMany({ where: { id: { in: idsOf(refs, "MEMBER") } }, select: { id: true, username: true } }),
  ]);
  return new Map([
    ...artworks.map((row) => [`ARTWORK:${row.id}`, `/art/${row.id}`] as const),
    ...comments.map((row) => [`COMMENT:${row.id}`, `/art/${row.artworkId}#comment-${row.id}`] as const),
    ...messages.map((row) => [`CHAT_MESSAGE:${row.id}`, `/chat/${row.room.slug}`] as const),
    ...members.map((row) => [`MEMBER:${row.id}`, `/u/${encodeURIComponent(row.username)}`] as const),
  ]);
}

/** Open reports per target of the page, through the (targetType, targetId, status) index. */
async function openCounts(refs: Ref[]): Promise<Map<string, number>> {
  if (refs.length === 0) return new Map();
  const groups = await db.report.groupBy({
    by: ["targetType", "targetId"],
    where: { status: "OPEN", OR: refs.map((ref) => ({ targetType: ref.targetType, targetId: ref.targetId })) },
    _count: { _all: true },
  });
  return new Map(groups.map((group) => [keyOf(group), group._count._all]));
}

/** The admins who resolved the page's reports (Report keeps only their id). */
async function resolverNames(rows: { resolvedById: string | null }[]): Promise<Map<string, string>> {
  const ids = [...new Set(rows.flatMap((row) => (row.resolvedById ? [row.resolvedById] : [])))];
  if (ids.length === 0) return new Map();
  const users = await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, username: true } });
  return new Map(users.map((user) => [user.id, user.username]));
}

/**
 * One page of the report queue. Open reports come oldest first, so nothing
 * waits forever; resolved ones newest first. Both orders walk the
 * (status, createdAt) index.
 */
export async function listReportQueue({ status, page }: { status: QueueStatus; page: number }): Promise<Page<QueueReport>> {
  await requireAdmin();
  const where = { status: status === "open" ? "OPEN" : "RESOLVED" } as const;
  const direction = status === "open" ? "asc" : "desc";
  const list = await loadPage(
    page,
    QUEUE_PAGE_SIZE,
    () => db.report.count({ where }),
    (window) => db.report.findMany({ where, orderBy: [{ createdAt: direction }, { id: direction }], ...window, select: reportSelect }),
  );
  const rows = list.items;
  const [links, counts, resolvers] = await Promise.all([targetLinks(rows), openCounts(rows), resolverNames(rows)]);
  const items = rows.map((row): QueueReport => ({
    id: row.id,
    category: row.category,
    note: row.note,
    reporter: row.reporter,
    createdAt: row.createdAt,
    status: row.status,
    outcome: row.outcome,
    resolutionNote: row.resolutionNote,
    resolvedAt: row.resolvedAt,
    resolvedBy: row.resolvedById ? (resolvers.get(row.resolvedById) ?? null) : null,
    target: {
      type: row.targetType,
      id: row.targetId,
      ownerId: row.targetOwnerId,
      excerpt: row.targetExcerpt,
      href: links.get(keyOf(row)) ?? null,
      openReports: counts.get(keyOf(row)) ?? 0,
    },
  }));
  return mapPage(list, items);
}
