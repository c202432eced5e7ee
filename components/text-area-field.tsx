import type { TextareaHTMLAttributes } from "react";
import { FieldFrame } from "@/components/field-frame";

type TextAreaFieldProps = TextareaHTMLAttributes<HTMLTextAreaElement> & {
  label: string;
  name: string;
  errors?: string[];
  hint?: string;
};

/** The multi-line sibling of FormField. */
export function TextAreaField({ label, name, errors, hint, ...textarea }: TextAreaFieldProps) {
  return (
    <FieldFrame label={label} id={textarea.id ?? `field-${name}`} errors={errors} hint={hint}>
      {(wiring) => <textarea {...textarea} {...wiring} name={name} />}
    </FieldFrame>
  );
}
