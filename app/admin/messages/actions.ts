"use server";

import { revalidatePath } from "next/cache";
import { adminAction } from "@/lib/actions/validated-action";
import { deleteMessageAsAdmin } from "@/lib/moderation/content/commands";
import { toFormState } from "@/lib/moderation/result";
import { deleteMessageAsAdminSchema } from "@/lib/moderation/content/schemas";

/** Pages showing the room drop the message live (lib/moderation/content.ts broadcasts it). */
export const deleteMessageAction = adminAction(deleteMessageAsAdminSchema, async (input, admin) => {
  const result = await deleteMessageAsAdmin(admin, input);
  if (result.ok) revalidatePath("/", "layout");
  return toFormState(result);
});
