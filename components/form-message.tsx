import type { FormState } from "@/lib/actions/form-state";

/**
 * The form-wide message, announced when it changes; empty until there is
 * something to say. A refusal interrupts as an alert; a success is a status,
 * read out once the screen reader is idle.
 */
export function FormMessage({ message, status }: { message?: string; status: FormState["status"] }) {
  const success = status === "success";
  return (
    <p className={success ? "form-message form-message-success" : "form-message"} role={success ? "status" : "alert"}>
      {message}
    </p>
  );
}
