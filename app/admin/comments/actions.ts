"use server";

import { revalidatePath } from "next/cache";
import { adminAction } from "@/lib/actions/validated-action";
import { deleteCommentAsAdmin } from "@/lib/moderation/content/commands";
import { toFormState } from "@/lib/moderation/result";
import { deleteCommentAsAdminSchema } from "@/lib/moderation/content/schemas";

export const deleteCommentAction = adminAction(deleteCommentAsAdminSchema, async (input, admin) => {
  const result = await deleteCommentAsAdmin(admin, input);
  // The list, the artwork's page and the reports queue all change.
  if (result.ok) revalidatePath("/", "layout");
  return toFormState(result);
});
