"use client";

import Link from "next/link";
import { useActionState } from "react";
import { FormMessage } from "@/components/form-message";
import { SubmitButton } from "@/components/submit-button";
import { initialFormState } from "@/lib/actions/form-state";
import { confirmEmail } from "./actions";

export function VerifyEmailForm({ token }: { token: string }) {
  const [state, formAction] = useActionState(confirmEmail, initialFormState);
  if (state.status === "success") {
    return (
      <>
        <FormMessage message={state.message} status={state.status} />
        <p>
          <Link href="/upload">Upload artwork</Link> · <Link href="/">Back to the gallery</Link>
        </p>
      </>
    );
  }
  return (
    <form action={formAction}>
      <input type="hidden" name="token" value={token} />
      <FormMessage message={state.message} status={state.status} />
      <SubmitButton>Confirm my address</SubmitButton>
    </form>
  );
}
