/** The form-wide message, announced when it changes; empty until there is something to say. */
export function FormMessage({ message }: { message?: string }) {
  return (
    <p className="form-message" role="alert">
      {message}
    </p>
  );
}
