/**
 * Shared with the browser (report links in chat), so no zod and no server imports here. The
 * target types are Prisma's enum: its enums module is plain constants, safe in a client bundle.
 */
import type { ReportTarget } from "@/lib/generated/prisma/enums";

export type ReportTargetType = ReportTarget;

/** How each kind of target is named in /report/<type>/<id> and in sentences. */
export const TARGET_SLUGS = { ARTWORK: "artwork", COMMENT: "comment", CHAT_MESSAGE: "message", MEMBER: "member" } as const satisfies Record<
  ReportTargetType,
  string
>;
export type ReportTargetSlug = (typeof TARGET_SLUGS)[ReportTargetType];

export const TARGET_NOUNS: Record<ReportTargetType, string> = {
  ARTWORK: "Artwork",
  COMMENT: "Comment",
  CHAT_MESSAGE: "Chat message",
  MEMBER: "Member",
};

export function reportHref(type: ReportTargetType, id: string | number): string {
  return `/report/${TARGET_SLUGS[type]}/${id}`;
}
