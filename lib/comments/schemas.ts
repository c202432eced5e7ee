import { z } from "zod";
import { artworkIdSchema } from "@/lib/art/schemas";
import { multilineText } from "@/lib/validation/plain-text";
import { COMMENT_MAX } from "@/lib/validation/form-rules";

export const addCommentSchema = z.object({
  artworkId: artworkIdSchema,
  body: multilineText("comment", { error: "Write a comment first" })
    .min(1, { message: "Write a comment first", abort: true })
    .max(COMMENT_MAX, `Comments can be at most ${COMMENT_MAX.toLocaleString("en")} characters`),
});

export const deleteCommentSchema = z.object({
  commentId: z.string().regex(/^[a-z0-9]{10,40}$/, "Unknown comment"),
});
