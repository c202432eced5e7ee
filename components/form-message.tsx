import type { FormState } from "@/lib/actions/form-state";

/**
 * The form-wide message, announced when it changes; empty until there is
 * something to say. A refusal reads as an error, a success as a confirmation.
 */
export function FormMessage({ message, status }: { message?: string; status?: FormState["status"] }) {
  return (
    <p className={status === "success" ? "form-message form-message-success" : "form-message"} role="alert">
      {message}
    </p>
  );
}
