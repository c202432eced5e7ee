"use server";

import { passwordRefusal } from "@/lib/actions/confirm-password";
import { toFormState } from "@/lib/actions/form-state";
import { authenticatedAction } from "@/lib/actions/validated-action";
import { changeEmailSchema } from "@/lib/auth/schemas";
import { requestEmailChange } from "@/lib/users/email-change";
import { sendMailSoon } from "@/lib/mail/send-soon";

/** The password first: a borrowed session must not be enough to move the account's mail (and its resets) elsewhere. */
export const askForEmailChange = authenticatedAction(changeEmailSchema, async ({ currentPassword, email }, user) => {
  const refusal = await passwordRefusal(user.id, currentPassword, "currentPassword");
  if (refusal) return refusal;
  sendMailSoon();
  return toFormState(await requestEmailChange(user.id, email));
});
