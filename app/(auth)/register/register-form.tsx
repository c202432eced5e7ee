"use client";

import Link from "next/link";
import { useActionState } from "react";
import { EmailField } from "@/components/email-field";
import { FormMessage } from "@/components/form-message";
import { NewPasswordField } from "@/components/new-password-field";
import { SubmitButton } from "@/components/submit-button";
import { UsernameField } from "@/components/username-field";
import { initialFormState } from "@/lib/actions/form-state";
import { withCallback } from "@/lib/auth/redirect";
import { register } from "./actions";
import { USERNAME_MAX, USERNAME_MIN, USERNAME_PATTERN } from "@/lib/validation/form-rules";

export function RegisterForm({ callbackUrl }: { callbackUrl: string }) {
  const [state, formAction] = useActionState(register, initialFormState);
  return (
    <form action={formAction} noValidate>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <UsernameField
        state={state}
        minLength={USERNAME_MIN}
        maxLength={USERNAME_MAX}
        pattern={USERNAME_PATTERN}
        hint={`${USERNAME_MIN}–${USERNAME_MAX} letters, digits, _ or -. This is your public name.`}
      />
      <EmailField label="Email address" state={state} hint="We send a link to confirm it; it is never shown to other members." />
      <NewPasswordField label="Password" name="password" errors={state.fieldErrors?.password} />
      <FormMessage message={state.message} status={state.status} />
      <SubmitButton>Create account</SubmitButton>
      <p>
        Already a member? <Link href={withCallback("/login", callbackUrl)}>Log in</Link>
      </p>
    </form>
  );
}
