"use server";

import { adminAction } from "@/lib/actions/validated-action";
import { deleteMessageAsAdmin } from "@/lib/moderation/content/commands";
import { siteWideAnswer } from "@/lib/actions/site-wide-answer";
import { deleteMessageAsAdminSchema } from "@/lib/moderation/content/schemas";

/** Pages showing the room drop the message live (lib/moderation/content/commands.ts broadcasts it). */
export const deleteMessageAction = adminAction(deleteMessageAsAdminSchema, async (input, admin) =>
  siteWideAnswer(await deleteMessageAsAdmin(admin, input)),
);
