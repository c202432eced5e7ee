"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/form-message";
import { SubmitButton } from "@/components/submit-button";
import { initialFormState, type FormState } from "@/lib/actions/form-state";

/**
 * A mailed link's page acts only on a button (a POST): mail scanners and
 * link previews open links, and must not confirm or undo anything.
 */
export function LinkButtonForm({
  token,
  action,
  label,
  after,
}: {
  token: string;
  action: (state: FormState, data: FormData) => Promise<FormState>;
  label: string;
  /** Shown once the action succeeds, in place of the button. */
  after: React.ReactNode;
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  if (state.status === "success") {
    return (
      <>
        <FormMessage message={state.message} status={state.status} />
        {after}
      </>
    );
  }
  return (
    <form action={formAction}>
      <input type="hidden" name="token" value={token} />
      <FormMessage message={state.message ?? state.fieldErrors?.token?.[0]} status={state.status} />
      <SubmitButton>{label}</SubmitButton>
    </form>
  );
}
