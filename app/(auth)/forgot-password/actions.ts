"use server";

import { toFormState } from "@/lib/actions/form-state";
import { validatedAction } from "@/lib/actions/validated-action";
import { requestPasswordReset } from "@/lib/auth/password-reset";
import { forgotPasswordSchema } from "@/lib/auth/schemas";

export const askForResetLink = validatedAction(forgotPasswordSchema, async ({ email }) => toFormState(await requestPasswordReset(email)));
