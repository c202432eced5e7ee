/** Shared with the browser (report links in chat), so no zod and no server imports here. */
export const REPORT_TARGETS = ["ARTWORK", "COMMENT", "CHAT_MESSAGE", "MEMBER"] as const;
export type ReportTargetType = (typeof REPORT_TARGETS)[number];

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
