"use server";

import { adminAction } from "@/lib/actions/validated-action";
import { deleteCommentAsAdmin } from "@/lib/moderation/content/commands";
import { siteWideAnswer } from "@/lib/actions/site-wide-answer";
import { deleteCommentAsAdminSchema } from "@/lib/moderation/content/schemas";

export const deleteCommentAction = adminAction(deleteCommentAsAdminSchema, async (input, admin) =>
  // The list, the artwork's page and the reports queue all change.
  siteWideAnswer(await deleteCommentAsAdmin(admin, input)),
);
