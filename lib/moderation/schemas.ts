import { z } from "zod";
import { multilineText } from "@/lib/validation/plain-text";
import { REASON_MAX } from "@/lib/validation/form-rules";

const reasonText = multilineText("reason").max(REASON_MAX, { message: `A reason can be at most ${REASON_MAX} characters`, abort: true });

/** For actions the member is told about (a ban, hiding their artwork): they deserve to know why. */
export const requiredReasonSchema = z
  .string({ error: "Give a reason: the member will see it" })
  .pipe(reasonText)
  .refine((text) => text.length > 0, "Give a reason: the member will see it");

/** For the rest (deleting, locking, dismissing): a note for the audit log, which may be left empty. */
export const optionalReasonSchema = reasonText.optional().transform((text) => text ?? "");

/** Ids as the app makes them (cuids); anything else cannot name a row and is refused before a query. */
export const recordIdSchema = (what: string) => z.string({ error: `Unknown ${what}` }).regex(/^[a-z0-9]{10,40}$/, `Unknown ${what}`);
export const memberIdSchema = recordIdSchema("member");
