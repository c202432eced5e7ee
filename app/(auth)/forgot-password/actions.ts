"use server";

import { toFormState } from "@/lib/actions/form-state";
import { validatedAction } from "@/lib/actions/validated-action";
import { requestPasswordReset } from "@/lib/auth/password-reset";
import { forgotPasswordSchema } from "@/lib/auth/schemas";
import { currentClientAddress } from "@/lib/http/request-address";
import { sendMailSoon } from "@/lib/mail/send-soon";

export const askForResetLink = validatedAction(forgotPasswordSchema, async ({ email }) => {
  // Whether or not a mail was queued: the same work either way.
  sendMailSoon();
  return toFormState(await requestPasswordReset(email, await currentClientAddress()));
});
