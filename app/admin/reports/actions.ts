"use server";

import { adminAction } from "@/lib/actions/validated-action";
import { dismissReport } from "@/lib/moderation/reports/dismissing";
import { toFormState } from "@/lib/moderation/result";
import { dismissReportSchema } from "@/lib/moderation/reports/schemas";

export const dismissReportAction = adminAction(dismissReportSchema, async ({ reportId, reason }, admin) =>
  toFormState(await dismissReport(admin, { reportId, note: reason })),
);
