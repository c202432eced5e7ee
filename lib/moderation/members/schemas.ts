import { z } from "zod";
import { choiceQuery, listQuery, searchQuery } from "@/lib/paging/list-query";
import { memberIdSchema, optionalReasonSchema, recordIdSchema, requiredReasonSchema } from "@/lib/moderation/schemas";

export const BAN_DURATIONS = ["1d", "7d", "30d", "permanent"] as const;
export type BanDuration = (typeof BAN_DURATIONS)[number];
export const BAN_DURATION_LABELS: Record<BanDuration, string> = { "1d": "1 day", "7d": "7 days", "30d": "30 days", permanent: "Permanent" };
/** Days per timed duration; "permanent" has none. */
export const BAN_DAYS: Record<Exclude<BanDuration, "permanent">, number> = { "1d": 1, "7d": 7, "30d": 30 };

export const banMemberSchema = z.object({
  memberId: memberIdSchema,
  reason: requiredReasonSchema,
  duration: z.enum(BAN_DURATIONS, { error: "Choose 1 day, 7 days, 30 days or permanent" }),
  /** Set when the ban is the answer to a report in the queue about the member's content: that report closes too. */
  reportId: recordIdSchema("report").optional(),
});
export type BanMemberInput = z.output<typeof banMemberSchema>;

export const unbanMemberSchema = z.object({ memberId: memberIdSchema, reason: optionalReasonSchema });
export type UnbanMemberInput = z.output<typeof unbanMemberSchema>;

/** The form posts "true" or "false" from a hidden field; anything else is refused, never read as false. */
export const setAdminRoleSchema = z.object({
  memberId: memberIdSchema,
  makeAdmin: z.enum(["true", "false"], { error: "Say whether to make or remove an admin" }).transform((value) => value === "true"),
  reason: optionalReasonSchema,
});
export type SetAdminRoleInput = z.output<typeof setAdminRoleSchema>;

export const deleteMemberSchema = z.object({ memberId: memberIdSchema, reason: optionalReasonSchema });
export type DeleteMemberInput = z.output<typeof deleteMemberSchema>;

export const MEMBER_ROLES = ["any", "member", "admin"] as const;
export const MEMBER_STATUSES = ["any", "active", "banned"] as const;

/** /admin/members?q=…&role=…&status=…&page=…: a name to search for, and the role and ban filters. */
export const memberListQuery = listQuery({
  q: searchQuery,
  role: choiceQuery(MEMBER_ROLES, "any"),
  status: choiceQuery(MEMBER_STATUSES, "any"),
});

export type MemberQuery = ReturnType<typeof memberListQuery.parse>;
