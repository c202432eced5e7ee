"use server";

import { toFormState } from "@/lib/actions/form-state";
import { validatedAction } from "@/lib/actions/validated-action";
import { resetPassword } from "@/lib/auth/password-reset";
import { resetPasswordSchema } from "@/lib/auth/schemas";
import { sendMailSoon } from "@/lib/mail/send-soon";

/** Signs nobody in: the new password is proved at the log-in form, like any other. */
export const setNewPassword = validatedAction(resetPasswordSchema, async ({ token, password }) => {
  sendMailSoon();
  return toFormState(await resetPassword(token, password));
});
