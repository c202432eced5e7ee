import { z } from "zod";
import { messageIdSchema } from "@/lib/chat/schemas";
import { optionalReasonSchema, recordIdSchema } from "@/lib/moderation/schemas";
import { listQuery, searchQuery } from "@/lib/paging/list-query";

/** The moderators' forms for comments, chat messages and rooms: a target, and an optional note for the audit log. */
export const deleteCommentAsAdminSchema = z.object({ commentId: recordIdSchema("comment"), reason: optionalReasonSchema });
export const deleteMessageAsAdminSchema = z.object({ messageId: messageIdSchema, reason: optionalReasonSchema });
export const roomModerationSchema = z.object({ roomId: recordIdSchema("room"), reason: optionalReasonSchema });

/** /admin/comments?q=…&page=… and /admin/messages: a text or author's name to search for. */
export const contentListQuery = listQuery({ q: searchQuery });
export type ContentQuery = ReturnType<typeof contentListQuery.parse>;
