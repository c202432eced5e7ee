import { z } from "zod";
import { messageIdSchema } from "@/lib/validation/chat";
import { optionalReasonSchema, recordIdSchema } from "@/lib/moderation/schemas";
import { parsePage } from "@/lib/validation/paging";
import { searchTerm } from "@/lib/validation/plain-text";

/** The moderators' forms for comments, chat messages and rooms: a target, and an optional note for the audit log. */
export const deleteCommentAsAdminSchema = z.object({ commentId: recordIdSchema("comment"), reason: optionalReasonSchema });
export const deleteMessageAsAdminSchema = z.object({ messageId: messageIdSchema, reason: optionalReasonSchema });
export const roomModerationSchema = z.object({ roomId: recordIdSchema("room"), reason: optionalReasonSchema });

/** Longer searches are cut: nobody types more, and a hostile one stays cheap. */
export const SEARCH_MAX = 100;

/** ?q= as one trimmed line of at most SEARCH_MAX characters; anything else means "no search". */
export function searchText(value: string | string[] | undefined): string {
  const text = Array.isArray(value) ? value[0] : value;
  return typeof text === "string" ? searchTerm(text).slice(0, SEARCH_MAX) : "";
}

/** /admin/comments?q=…&page=… (and messages, rooms): anything odd in the address means the plain first page, not an error. */
export function parseContentQuery(searchParams: Record<string, string | string[] | undefined>): { q: string; page: number } {
  return { q: searchText(searchParams.q), page: parsePage(searchParams.page) };
}
