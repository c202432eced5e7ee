import type { TextareaHTMLAttributes } from "react";

type TextAreaFieldProps = TextareaHTMLAttributes<HTMLTextAreaElement> & {
  label: string;
  name: string;
  errors?: string[];
  hint?: string;
};

/** The multi-line sibling of FormField: labelled, with its error announced and tied to it. */
export function TextAreaField({ label, name, errors, hint, ...textarea }: TextAreaFieldProps) {
  const id = textarea.id ?? `field-${name}`;
  const error = errors?.[0];
  const noteId = `${id}-note`;
  return (
    <label htmlFor={id}>
      {label}
      <textarea
        {...textarea}
        id={id}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={error || hint ? noteId : undefined}
      />
      <small id={noteId} aria-live="polite">
        {error ?? hint}
      </small>
    </label>
  );
}
