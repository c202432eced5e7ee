"use server";

import { revalidatePath } from "next/cache";
import { toFormState } from "@/lib/actions/form-state";
import { adminAction } from "@/lib/actions/validated-action";
import { resendMail } from "@/lib/moderation/mail/commands";
import { resendMailSchema } from "@/lib/moderation/mail/schemas";
import { sendMailSoon } from "@/lib/mail/send-soon";

export const resendMailAction = adminAction(resendMailSchema, async (input, admin) => {
  const result = await resendMail(admin, input);
  if (result.ok) sendMailSoon();
  // Only the log shows it: the new row at the top, the button's next number.
  if (result.ok) revalidatePath("/admin/mail");
  return toFormState(result);
});
