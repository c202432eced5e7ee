import type { InputHTMLAttributes } from "react";
import { FieldFrame } from "@/components/field-frame";

type FormFieldProps = InputHTMLAttributes<HTMLInputElement> & {
  label: string;
  name: string;
  errors?: string[];
  /** Shown under the field until there is an error to show instead. */
  hint?: string;
};

/** A labelled input whose error is announced and tied to it for screen readers. */
export function FormField({ label, name, errors, hint, ...input }: FormFieldProps) {
  return (
    <FieldFrame label={label} id={input.id ?? `field-${name}`} errors={errors} hint={hint}>
      {(wiring) => <input {...input} {...wiring} name={name} />}
    </FieldFrame>
  );
}
