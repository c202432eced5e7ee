"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/form-message";
import { SubmitButton } from "@/components/submit-button";
import { initialFormState, type FormState } from "@/lib/actions/form-state";

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;

/** "Send the link again", under the explanation of why a page is closed to the member. */
export function ResendVerificationForm({ action }: { action: Action }) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction}>
      <FormMessage message={state.message} status={state.status} />
      <SubmitButton>Send the link again</SubmitButton>
    </form>
  );
}
