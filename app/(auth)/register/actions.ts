"use server";

import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { validatedAction } from "@/lib/actions/validated-action";
import { createAccount } from "@/lib/auth/accounts";
import { signIn } from "@/lib/auth/auth";
import { safeRedirectPath } from "@/lib/auth/redirect";
import { USERNAME_TAKEN_MESSAGE, registerSchema } from "@/lib/validation/account";

export const register = validatedAction(registerSchema, async (input, formData) => {
  const account = await createAccount(input);
  if (!account.ok) {
    return { status: "error", fieldErrors: { username: [USERNAME_TAKEN_MESSAGE] } };
  }
  let destination = safeRedirectPath(formData.get("callbackUrl"));
  try {
    await signIn("credentials", { ...input, redirect: false });
  } catch (error) {
    if (!(error instanceof AuthError)) throw error;
    // The account exists; if signing in is refused (a throttled address), let them log in by hand.
    destination = "/login";
  }
  redirect(destination);
});
