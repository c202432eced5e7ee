"use client";

import { useActionState, useEffect, useEffectEvent } from "react";
import { FormMessage } from "@/components/form-message";
import { initialFormState, type FormState } from "@/lib/actions/form-state";

type ActionButtonProps = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  /** Hidden inputs naming what the button acts on. */
  fields: Record<string, string>;
  label: string;
  /** The button's full name, where the short visible label leans on what is around it ("Up" → "Move Night Market up"). */
  accessibleName?: string;
  className?: string;
  /** Told after each success, for a page that shows the change itself instead of reloading. */
  onSuccess?: () => void;
};

/** A one-button form (delete this, remove that) that reports a refusal next to itself. */
export function ActionButton({ action, fields, label, accessibleName, className, onSuccess }: ActionButtonProps) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const succeeded = useEffectEvent(() => onSuccess?.());
  useEffect(() => {
    if (state.status === "success") succeeded();
  }, [state]);
  return (
    <form action={formAction} className="action-button">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button
        type="submit"
        className={className}
        aria-label={accessibleName}
        title={accessibleName}
        aria-busy={pending || undefined}
        disabled={pending}
      >
        {label}
      </button>
      {state.message && <FormMessage message={state.message} status={state.status} />}
    </form>
  );
}
