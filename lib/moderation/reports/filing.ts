import "server-only";
import { isUniqueViolation } from "@/lib/database/errors";
import { isBanActive } from "@/lib/auth/ban";
import { db } from "@/lib/db";
import type { Prisma, ReportTarget } from "@/lib/generated/prisma/client";
import { excerpt } from "@/lib/moderation/audit/record";
import { done, refused, type ModerationResult } from "@/lib/moderation/result";
import { LIMITS } from "@/lib/rate-limit/limits";
import { takeTurn } from "@/lib/rate-limit/rate-limiter";
import { overLimitMessage } from "@/lib/rate-limit/wait";
import type { ReportInput, ReportTargetRef } from "@/lib/moderation/reports/schemas";

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
