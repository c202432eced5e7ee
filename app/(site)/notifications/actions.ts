"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { toFormState } from "@/lib/actions/form-state";
import { authenticatedAction } from "@/lib/actions/validated-action";
import { markAllRead } from "@/lib/notifications/commands";

/** The session's member's own notifications: no field names whose. */
export const markAllNotificationsRead = authenticatedAction(z.object({}), async (_, user) => {
  const result = await markAllRead(user.id);
  revalidatePath("/notifications");
  return toFormState(result);
});
