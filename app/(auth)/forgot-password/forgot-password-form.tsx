"use client";

import Link from "next/link";
import { useActionState } from "react";
import { FormField } from "@/components/form-field";
import { FormMessage } from "@/components/form-message";
import { SubmitButton } from "@/components/submit-button";
import { initialFormState } from "@/lib/actions/form-state";
import { askForResetLink } from "./actions";

export function ForgotPasswordForm() {
  const [state, formAction] = useActionState(askForResetLink, initialFormState);
  return (
    <form action={formAction} noValidate>
      <FormField
        label="Email address"
        name="email"
        type="email"
        autoComplete="email"
        autoCapitalize="none"
        spellCheck={false}
        required
        defaultValue={state.values?.email}
        errors={state.fieldErrors?.email}
        hint="The address your account has."
      />
      <FormMessage message={state.message} status={state.status} />
      <SubmitButton>Send me a link</SubmitButton>
      <p>
        Remembered it? <Link href="/login">Log in</Link>
      </p>
    </form>
  );
}
