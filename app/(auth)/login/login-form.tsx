"use client";

import Link from "next/link";
import { useActionState } from "react";
import { CurrentPasswordField } from "@/components/current-password-field";
import { FormMessage } from "@/components/form-message";
import { SubmitButton } from "@/components/submit-button";
import { UsernameField } from "@/components/username-field";
import { initialFormState } from "@/lib/actions/form-state";
import { withCallback } from "@/lib/auth/redirect";
import { logIn } from "./actions";

export function LoginForm({ callbackUrl }: { callbackUrl: string }) {
  const [state, formAction] = useActionState(logIn, initialFormState);
  return (
    <form action={formAction} noValidate>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <UsernameField state={state} />
      <CurrentPasswordField errors={state.fieldErrors?.password} />
      <FormMessage message={state.message} status={state.status} />
      <SubmitButton>Log in</SubmitButton>
      <p>
        <Link href="/forgot-password">Forgot your password?</Link>
      </p>
      <p>
        New here? <Link href={withCallback("/register", callbackUrl)}>Create an account</Link>
      </p>
    </form>
  );
}
