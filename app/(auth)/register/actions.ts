"use server";

import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { toFormState } from "@/lib/actions/form-state";
import { validatedAction } from "@/lib/actions/validated-action";
import { signUp } from "@/lib/auth/accounts";
import { signIn } from "@/lib/auth/auth";
import { rememberDevice } from "@/lib/auth/known-device";
import { safeRedirectPath } from "@/lib/auth/redirect";
import { currentClientAddress } from "@/lib/http/request-address";
import { registerSchema, usernameKey } from "@/lib/auth/schemas";
import { sendMailSoon } from "@/lib/mail/send-soon";

export const register = validatedAction(registerSchema, async (input, formData) => {
  const account = await signUp(input, await currentClientAddress());
  if (!account.ok) return toFormState(account);
  // The sign-up's mail (the link, or the note to the address's owner) goes out as soon as the response has.
  sendMailSoon();
  let destination = safeRedirectPath(formData.get("callbackUrl"));
  try {
    await signIn("credentials", { username: input.username, password: input.password, redirect: false });
    await rememberDevice(usernameKey(input.username));
  } catch (error) {
    if (!(error instanceof AuthError)) throw error;
    // The account exists; if signing in is refused (a throttled address), let them log in by hand.
    destination = "/login";
  }
  redirect(destination);
});
