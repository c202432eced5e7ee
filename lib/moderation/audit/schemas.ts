import { z } from "zod";
import { AuditAction, AuditTarget } from "@/lib/generated/prisma/enums";
import { recordIdSchema } from "@/lib/moderation/schemas";

/** One query value: a repeated parameter or junk means "no filter", never an error page. */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === "" ? undefined : value), schema.optional()).catch(undefined);

/** ?admin=&action=&targetType=&target= of the audit log. */
export const auditFilterSchema = z.object({
  adminId: optional(recordIdSchema("admin")),
  action: optional(z.enum(AuditAction)),
  targetType: optional(z.enum(AuditTarget)),
  // Cuids, or a chat message's number.
  targetId: optional(z.string().regex(/^[a-z0-9]{1,40}$/)),
});

export type AuditFilter = z.output<typeof auditFilterSchema>;
