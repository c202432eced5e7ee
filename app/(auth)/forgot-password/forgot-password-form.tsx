"use client";

import Link from "next/link";
import { useActionState } from "react";
import { EmailField } from "@/components/email-field";
import { FormMessage } from "@/components/form-message";
import { SubmitButton } from "@/components/submit-button";
import { initialFormState } from "@/lib/actions/form-state";
import { askForResetLink } from "./actions";

export function ForgotPasswordForm() {
  const [state, formAction] = useActionState(askForResetLink, initialFormState);
  return (
    <form action={formAction} noValidate>
      <EmailField label="Email address" state={state} hint="The address your account has." />
      <FormMessage message={state.message} status={state.status} />
      <SubmitButton>Send me a link</SubmitButton>
      <p>
        Remembered it? <Link href="/login">Log in</Link>
      </p>
    </form>
  );
}
