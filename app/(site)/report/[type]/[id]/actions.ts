"use server";

import { authenticatedAction } from "@/lib/actions/validated-action";
import { fileReport } from "@/lib/moderation/reports/filing";
import { toFormState } from "@/lib/moderation/result";
import { fileReportSchema } from "@/lib/moderation/reports/schemas";

/** A visitor is sent to log in; a banned member has no session, and fileReport checks again in its transaction. */
export const sendReport = authenticatedAction(fileReportSchema, async ({ target, category, note }, user) => {
  return toFormState(await fileReport(user.id, { target, category, note }));
});
