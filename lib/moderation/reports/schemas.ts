import { z } from "zod";
import { choiceQuery, listQuery } from "@/lib/paging/list-query";
import { multilineText } from "@/lib/validation/plain-text";
import { recordIdSchema, requiredReasonSchema } from "@/lib/moderation/schemas";
import { REPORT_NOTE_MAX, REPORT_CATEGORIES } from "@/lib/validation/form-rules";
import { TARGET_SLUGS, type ReportTargetSlug, type ReportTargetType } from "@/lib/moderation/reports/targets";

const TYPE_OF_SLUG = Object.fromEntries(Object.entries(TARGET_SLUGS).map(([type, slug]) => [slug, type])) as Record<
  ReportTargetSlug,
  ReportTargetType
>;

/** Chat messages are numbered, everything else has a cuid. */
const ID_SCHEMAS: Record<ReportTargetType, z.ZodType<string>> = {
  ARTWORK: recordIdSchema("artwork"),
  COMMENT: recordIdSchema("comment"),
  CHAT_MESSAGE: z.string({ error: "Unknown message" }).regex(/^[1-9][0-9]{0,14}$/, "Unknown message"),
  MEMBER: recordIdSchema("member"),
};

export const targetSchema = z
  .object({
    targetType: z
      .enum(Object.keys(TYPE_OF_SLUG) as [ReportTargetSlug, ...ReportTargetSlug[]], { error: "Unknown kind of content" })
      .transform((slug) => TYPE_OF_SLUG[slug]),
    targetId: z.string({ error: "Unknown content" }),
  })
  .transform((target, context) => {
    const id = ID_SCHEMAS[target.targetType].safeParse(target.targetId);
    if (!id.success) {
      context.addIssue({ code: "custom", path: ["targetId"], message: id.error.issues[0]?.message ?? "Unknown content" });
      return z.NEVER;
    }
    return { type: target.targetType, id: id.data };
  });
export type ReportTargetRef = z.output<typeof targetSchema>;

/** The target named by a /report/<type>/<id> address, or null (the page then 404s). */
export function parseReportTarget(slug: string, id: string): ReportTargetRef | null {
  const parsed = targetSchema.safeParse({ targetType: slug, targetId: id });
  return parsed.success ? parsed.data : null;
}

const note = multilineText("note")
  .max(REPORT_NOTE_MAX, { message: `A note can be at most ${REPORT_NOTE_MAX.toLocaleString("en")} characters`, abort: true })
  .optional()
  .transform((text) => text ?? "");

export const fileReportSchema = z
  .object({
    targetType: z.string(),
    targetId: z.string(),
    category: z.enum(REPORT_CATEGORIES, { error: "Choose what is wrong with it" }),
    note,
  })
  .transform((input, context) => {
    const target = targetSchema.safeParse(input);
    if (!target.success) {
      context.addIssue({ code: "custom", message: "Unknown content", path: ["targetId"] });
      return z.NEVER;
    }
    return { target: target.data, category: input.category, note: input.note };
  });
export type ReportInput = z.output<typeof fileReportSchema>;

/** The reporter reads the note in their settings, so it is required. */
export const dismissReportSchema = z.object({ reportId: recordIdSchema("report"), reason: requiredReasonSchema });

/** /admin/reports?status=…&page=…: the open queue, or what was resolved. */
export const reportQueueQuery = listQuery({ status: choiceQuery(["open", "resolved"], "open") });
export type QueueStatus = ReturnType<typeof reportQueueQuery.parse>["status"];
