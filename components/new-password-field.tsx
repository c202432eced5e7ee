import { FormField } from "@/components/form-field";
import { PASSWORD_MAX, PASSWORD_MIN } from "@/lib/validation/form-rules";

/** A password being chosen (sign-up, change): the rules as a hint and in the browser's own checks. */
export function NewPasswordField({ label, name, errors }: { label: string; name: string; errors?: string[] }) {
  return (
    <FormField
      label={label}
      name={name}
      type="password"
      autoComplete="new-password"
      required
      minLength={PASSWORD_MIN}
      maxLength={PASSWORD_MAX}
      hint={`At least ${PASSWORD_MIN} characters. A few unrelated words make a strong one.`}
      errors={errors}
    />
  );
}
