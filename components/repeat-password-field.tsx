import { FormField } from "@/components/form-field";

/** The new password typed again, so a typo does not lock the member out. */
export function RepeatPasswordField({ errors }: { errors?: string[] }) {
  return (
    <FormField label="Repeat the new password" name="repeatPassword" type="password" autoComplete="new-password" required errors={errors} />
  );
}
