import type { AuditAction, AuditTarget } from "@/lib/generated/prisma/enums";

/** How the audit log and a member's moderation history name each action. */
export const AUDIT_ACTION_LABELS: Record<AuditAction, string> = {
  BAN_MEMBER: "Banned member",
  UNBAN_MEMBER: "Lifted ban",
  MAKE_ADMIN: "Made admin",
  REMOVE_ADMIN: "Removed admin",
  DELETE_MEMBER: "Deleted member",
  HIDE_ARTWORK: "Hid artwork",
  UNHIDE_ARTWORK: "Unhid artwork",
  DELETE_ARTWORK: "Deleted artwork",
  DELETE_COMMENT: "Deleted comment",
  DELETE_CHAT_MESSAGE: "Deleted chat message",
  LOCK_ROOM: "Locked room",
  UNLOCK_ROOM: "Unlocked room",
  DELETE_ROOM: "Deleted room",
  DISMISS_REPORT: "Dismissed report",
  RESEND_MAIL: "Sent mail again",
};

export const AUDIT_TARGET_LABELS: Record<AuditTarget, string> = {
  MEMBER: "Member",
  ARTWORK: "Artwork",
  COMMENT: "Comment",
  CHAT_MESSAGE: "Chat message",
  ROOM: "Room",
  REPORT: "Report",
  MAIL: "Mail",
};

/** Where a target can still be looked at (a deleted one simply 404s there). */
export function auditTargetHref(type: AuditTarget, id: string): string | null {
  switch (type) {
    case "MEMBER":
      return `/admin/members/${id}`;
    case "ARTWORK":
      return `/art/${id}`;
    case "MAIL":
      return `/admin/mail?id=${id}`;
    default:
      return null;
  }
}
