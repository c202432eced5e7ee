"use server";

import { toFormState } from "@/lib/actions/form-state";
import { authenticatedAction, validatedAction } from "@/lib/actions/validated-action";
import { linkTokenSchema } from "@/lib/auth/schemas";
import { confirmEmailChange, undoEmailChange } from "@/lib/users/email-change";
import { sendMailSoon } from "@/lib/mail/send-soon";

export const confirmChange = authenticatedAction(linkTokenSchema, async ({ token }, user) => {
  sendMailSoon();
  return toFormState(await confirmEmailChange(user.id, token));
});

/** No session needed: whoever changed the address may hold the only one. */
export const undoChange = validatedAction(linkTokenSchema, async ({ token }) => {
  sendMailSoon();
  return toFormState(await undoEmailChange(token));
});
