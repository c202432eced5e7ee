import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import type { AuditAction, AuditTarget, Prisma } from "@/lib/generated/prisma/client";
import { NOT_ADMIN_MESSAGE, refused, type ModerationResult } from "@/lib/moderation/result";

export type AuditRecord = {
  action: AuditAction;
  target: { type: AuditTarget; id: string; label: string; ownerId?: string | null };
  reason?: string;
  detail?: string;
};

export class NotAnAdminError extends Error {
  constructor() {
    super("Only admins can take moderation actions");
  }
}

/**
 * Writes an audit entry inside the moderation action's own transaction, so
 * an action is never done without its entry (or logged without being done).
 * It also checks, in that transaction, that the actor is still an admin: the
 * last line of defence for every moderation change, whoever calls it.
 */
export async function recordAudit(tx: Prisma.TransactionClient, admin: Pick<SessionUser, "id">, record: AuditRecord): Promise<void> {
  const actor = await tx.user.findFirst({ where: { id: admin.id, role: "ADMIN" }, select: { username: true } });
  if (!actor) throw new NotAnAdminError();
  await tx.auditEntry.create({
    data: {
      adminId: admin.id,
      adminName: actor.username,
      action: record.action,
      targetType: record.target.type,
      targetId: record.target.id,
      targetLabel: excerpt(record.target.label),
      targetOwnerId: record.target.ownerId ?? null,
      reason: record.reason ?? "",
      detail: record.detail ?? "",
    },
    select: { id: true },
  });
}

/**
 * For every moderation change: recordAudit refuses an actor who is no
 * longer an admin by throwing, which rolls the transaction back; the admin
 * reads that as a refusal, not an error page.
 */
export async function asAdmin(work: () => Promise<ModerationResult>): Promise<ModerationResult> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof NotAnAdminError) return refused(NOT_ADMIN_MESSAGE);
    throw error;
  }
}

/** Titles and names fit whole; a long comment or message is cut to a readable line. */
export function excerpt(text: string, max = 200): string {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length <= max ? line : `${line.slice(0, max - 1)}…`;
}
