/**
 * The form-wide message, announced when it changes; empty until there is
 * something to say. A refusal reads as an error, a confirmation does not.
 */
export function FormMessage({ message, status }: { message?: string; status?: "idle" | "error" | "success" }) {
  return (
    <p className={status === "success" ? "form-message form-message-success" : "form-message"} role="alert">
      {message}
    </p>
  );
}
