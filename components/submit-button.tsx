"use client";

import { useFormStatus } from "react-dom";

/** Shows the form is busy and blocks double submits while the action runs. */
export function SubmitButton({ children }: { children: React.ReactNode }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" aria-busy={pending || undefined} disabled={pending}>
      {children}
    </button>
  );
}
