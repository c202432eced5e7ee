import type { InputHTMLAttributes } from "react";

type FormFieldProps = InputHTMLAttributes<HTMLInputElement> & {
  label: string;
  name: string;
  errors?: string[];
  /** Shown under the field until there is an error to show instead. */
  hint?: string;
};

/** A labelled input whose error is announced and tied to it for screen readers. */
export function FormField({ label, name, errors, hint, ...input }: FormFieldProps) {
  const id = input.id ?? `field-${name}`;
  const error = errors?.[0];
  const noteId = `${id}-note`;
  return (
    <label htmlFor={id}>
      {label}
      <input
        {...input}
        id={id}
        name={name}
        // Pico paints aria-invalid="false" green; leave it off until there is an error.
        aria-invalid={error ? true : undefined}
        aria-describedby={error || hint ? noteId : undefined}
      />
      <small id={noteId} aria-live="polite">
        {error ?? hint}
      </small>
    </label>
  );
}
