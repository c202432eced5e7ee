"use client";

import Link from "next/link";
import { useActionState } from "react";
import { FormField } from "@/components/form-field";
import { SubmitButton } from "@/components/submit-button";
import { initialFormState } from "@/lib/actions/form-state";
import { PASSWORD_MAX, PASSWORD_MIN, USERNAME_MAX, USERNAME_MIN, USERNAME_PATTERN } from "@/lib/validation/account-rules";
import { register } from "./actions";

export function RegisterForm({ callbackUrl }: { callbackUrl: string }) {
  const [state, formAction] = useActionState(register, initialFormState);
  return (
    <form action={formAction} noValidate>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <FormField
        label="Username"
        name="username"
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        required
        minLength={USERNAME_MIN}
        maxLength={USERNAME_MAX}
        pattern={USERNAME_PATTERN}
        hint={`${USERNAME_MIN}–${USERNAME_MAX} letters, digits, _ or -. This is your public name.`}
        defaultValue={state.values?.username}
        errors={state.fieldErrors?.username}
      />
      <FormField
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        minLength={PASSWORD_MIN}
        maxLength={PASSWORD_MAX}
        hint={`At least ${PASSWORD_MIN} characters. A few unrelated words make a strong one.`}
        errors={state.fieldErrors?.password}
      />
      <p className="form-message" role="alert">
        {state.message}
      </p>
      <SubmitButton>Create account</SubmitButton>
      <p>
        Already a member? <Link href="/login">Log in</Link>
      </p>
    </form>
  );
}
