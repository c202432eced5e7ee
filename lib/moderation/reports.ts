import "server-only";
import { isUniqueViolation } from "@/lib/auth/accounts";
import { isBanActive } from "@/lib/auth/ban";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import type { Prisma, ReportCategory, ReportOutcome, ReportStatus, ReportTarget } from "@/lib/generated/prisma/client";
import { asAdmin, excerpt, recordAudit } from "@/lib/moderation/audit";
import { done, refused, type ModerationResult } from "@/lib/moderation/result";
import { LIMITS } from "@/lib/rate-limit/limits";
import { takeTurn } from "@/lib/rate-limit/rate-limiter";
import { overLimitMessage } from "@/lib/rate-limit/wait";
import type { ReportInput, ReportTargetRef } from "@/lib/validation/report";

export const DUPLICATE_REPORT_MESSAGE = "You have already reported this; moderators will look at it.";
export const REPORT_THANKS = "Thanks — moderators will review it.";

type Reader = Prisma.TransactionClient;

/** What a member sees of a target before reporting it, and what the report keeps of it. */
export type ReportTargetPreview = ReportTargetRef & {
  ownerId: string;
  /** The title, text or name, cut to one readable line. */
  excerpt: string;
  /** Where it is shown ("back to it"). */
  href: string;
};

async function artworkPreview(reader: Reader, id: string, viewerId: string) {
  // Hidden artwork is out of sight for everyone but its owner, so it cannot be reported by others.
  const row = await reader.artwork.findFirst({
    where: { id, OR: [{ hiddenAt: null }, { authorId: viewerId }] },
    select: { authorId: true, title: true },
  });
  return row && { ownerId: row.authorId, text: row.title, href: `/art/${id}` };
}

async function commentPreview(reader: Reader, id: string, viewerId: string) {
  const row = await reader.comment.findFirst({
    where: { id, artwork: { OR: [{ hiddenAt: null }, { authorId: viewerId }] } },
    select: { authorId: true, body: true, artworkId: true },
  });
  return row && { ownerId: row.authorId, text: row.body, href: `/art/${row.artworkId}#comment-${id}` };
}

async function messagePreview(reader: Reader, id: string) {
  const row = await reader.chatMessage.findUnique({
    where: { id: Number(id) },
    select: { authorId: true, body: true, room: { select: { slug: true } } },
  });
  return row && { ownerId: row.authorId, text: row.body, href: `/chat/${row.room.slug}` };
}

async function memberPreview(reader: Reader, id: string) {
  const row = await reader.user.findUnique({ where: { id }, select: { username: true } });
  return row && { ownerId: id, text: row.username, href: `/u/${encodeURIComponent(row.username)}` };
}

/** The target as the viewer may see it, or null when it does not exist (or is hidden from them). */
export async function previewTarget(target: ReportTargetRef, viewerId: string, reader: Reader = db): Promise<ReportTargetPreview | null> {
  const found = await {
    ARTWORK: () => artworkPreview(reader, target.id, viewerId),
    COMMENT: () => commentPreview(reader, target.id, viewerId),
    CHAT_MESSAGE: () => messagePreview(reader, target.id),
    MEMBER: () => memberPreview(reader, target.id),
  }[target.type]();
  return found && { ...target, ownerId: found.ownerId, excerpt: excerpt(found.text), href: found.href };
}

const OWN_TARGET_MESSAGES: Record<ReportTarget, string> = {
  ARTWORK: "This is your own artwork: you cannot report it. You can edit or delete it on its page.",
  COMMENT: "This is your own comment: you cannot report it. You can delete it instead.",
  CHAT_MESSAGE: "This is your own message: you cannot report it. You can delete it instead.",
  MEMBER: "You cannot report yourself.",
};

export const ownTargetMessage = (type: ReportTarget) => OWN_TARGET_MESSAGES[type];

export const GONE_MESSAGE = "This no longer exists, so there is nothing to report.";

/** A turn under the report limit, taken in the filing's transaction: a report that is not filed costs none. */
async function rateLimitRefusal(tx: Reader, reporterId: string, now: Date): Promise<ModerationResult | null> {
  const turn = await takeTurn({ limit: LIMITS.report, subject: reporterId }, { client: tx, now: now.getTime() });
  return turn.ok ? null : refused(overLimitMessage("send", "report", LIMITS.report, turn.retryAfterMs));
}

async function fileInTransaction(tx: Reader, reporterId: string, input: ReportInput, now: Date): Promise<ModerationResult> {
  const reporter = await tx.user.findUnique({ where: { id: reporterId }, select: { bannedAt: true, bannedUntil: true } });
  if (!reporter || isBanActive(reporter, now)) return refused("Banned members cannot send reports.");
  const target = await previewTarget(input.target, reporterId, tx);
  if (!target) return refused(GONE_MESSAGE);
  if (target.ownerId === reporterId) return refused(ownTargetMessage(target.type));
  const limited = await rateLimitRefusal(tx, reporterId, now);
  if (limited) return limited;
  await tx.report.create({
    data: {
      reporterId,
      targetType: target.type,
      targetId: target.id,
      targetOwnerId: target.ownerId,
      targetExcerpt: target.excerpt,
      category: input.category,
      note: input.note,
      openKey: `${reporterId}:${target.type}:${target.id}`,
      createdAt: now,
    },
    select: { id: true },
  });
  return done(REPORT_THANKS);
}

/**
 * Files a member's report. The checks and the insert share one transaction,
 * so two quick reports cannot both slip under the limit; the unique openKey
 * settles two identical reports sent at once.
 */
export async function fileReport(reporterId: string, input: ReportInput, now = new Date()): Promise<ModerationResult> {
  try {
    return await db.$transaction((tx) => fileInTransaction(tx, reporterId, input, now));
  } catch (error) {
    if (isUniqueViolation(error)) return refused(DUPLICATE_REPORT_MESSAGE);
    throw error;
  }
}

/**
 * Closes one report with no action, with the note the reporter will read.
 * Other open reports about the same target stay open: each reporter's
 * concern is answered on its own.
 */
export async function dismissReport(
  admin: Pick<SessionUser, "id">,
  { reportId, note }: { reportId: string; note: string },
): Promise<ModerationResult> {
  return asAdmin(() =>
    db.$transaction(async (tx) => {
      const report = await tx.report.findUnique({
        where: { id: reportId },
        select: { status: true, targetType: true, targetExcerpt: true, targetOwnerId: true },
      });
      if (!report) return refused("This report does not exist.");
      if (report.status !== "OPEN") return refused("This report is already resolved.");
      const { count } = await tx.report.updateMany({
        where: { id: reportId, status: "OPEN" },
        data: {
          status: "RESOLVED",
          outcome: "DISMISSED",
          resolutionNote: note,
          resolvedById: admin.id,
          resolvedAt: new Date(),
          openKey: null,
        },
      });
      if (count !== 1) return refused("This report is already resolved.");
      await recordAudit(tx, admin, {
        action: "DISMISS_REPORT",
        target: { type: "REPORT", id: reportId, label: report.targetExcerpt, ownerId: report.targetOwnerId },
        reason: note,
      });
      return done("Report dismissed.");
    }),
  );
}

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
export async function listMyReports(
  reporterId: string,
  page: number,
): Promise<{ items: MyReport[]; page: number; pageCount: number; total: number }> {
  const [total, rows] = await Promise.all([
    db.report.count({ where: { reporterId } }),
    db.report.findMany({
      where: { reporterId },
      // Served by the (reporterId, createdAt) index.
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * MY_REPORTS_PAGE_SIZE,
      take: MY_REPORTS_PAGE_SIZE,
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
  ]);
  // A dismissal's note is part of its outcome ("No action: …"); other outcomes show it beside.
  const items = rows.map((row) => ({
    ...row,
    outcome: outcomeInWords(row),
    resolutionNote: row.outcome === "DISMISSED" ? "" : row.resolutionNote,
  }));
  return { items, page, pageCount: Math.max(1, Math.ceil(total / MY_REPORTS_PAGE_SIZE)), total };
}
