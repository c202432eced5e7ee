"use server";

import { toFormState } from "@/lib/actions/form-state";
import { authenticatedAction } from "@/lib/actions/validated-action";
import { saveNotificationChoices } from "@/lib/notifications/preferences";
import { notificationChoicesSchema } from "@/lib/notifications/schemas";

/** The session's member's own choices: no field names whose. */
export const saveNotificationSettings = authenticatedAction(notificationChoicesSchema, async (choices, user) =>
  toFormState(await saveNotificationChoices(user.id, choices)),
);
