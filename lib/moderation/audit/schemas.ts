import { z } from "zod";
import { listQuery } from "@/lib/paging/list-query";
import { AuditAction, AuditTarget } from "@/lib/generated/prisma/enums";
import { recordIdSchema } from "@/lib/moderation/schemas";

/** One query value: a repeated parameter or junk means "no filter", never an error page. */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === "" ? undefined : value), schema.optional()).catch(undefined);

/** /admin/audit?adminId=…&action=…&targetType=…&targetId=…&page=…: each filter may be left out. */
export const auditListQuery = listQuery({
  adminId: optional(recordIdSchema("admin")),
  action: optional(z.enum(AuditAction)),
  targetType: optional(z.enum(AuditTarget)),
  // Cuids, or a chat message's number.
  targetId: optional(z.string().regex(/^[a-z0-9]{1,40}$/)),
});

export type AuditFilter = Omit<ReturnType<typeof auditListQuery.parse>, "page">;
