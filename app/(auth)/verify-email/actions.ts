"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { toFormState } from "@/lib/actions/form-state";
import { authenticatedAction, memberAction, validatedAction } from "@/lib/actions/validated-action";
import { dismissEmailNotice } from "@/lib/auth/email-notice";
import { resendVerification, verifyEmail } from "@/lib/auth/email-verification";
import { linkTokenSchema } from "@/lib/auth/schemas";
import { getCurrentUser } from "@/lib/auth/session";
import { sendMailSoon } from "@/lib/mail/send-soon";

/** The button on the link's page: a POST, so a mail scanner that opens the link confirms nothing. */
export const confirmEmail = validatedAction(linkTokenSchema, async ({ token }) => {
  const viewer = await getCurrentUser();
  return toFormState(await verifyEmail(token, viewer?.id ?? null));
});

export const sendVerificationAgain = authenticatedAction(z.object({}), async (_input, user) => {
  const result = await resendVerification(user.id);
  if (result.ok) sendMailSoon();
  return toFormState(result);
});

export const dismissAddressNotice = memberAction(async (user) => {
  await dismissEmailNotice(user.id);
  revalidatePath("/", "layout");
});
