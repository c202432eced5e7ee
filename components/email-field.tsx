import { FormField } from "@/components/form-field";
import type { FormState } from "@/lib/actions/form-state";

type EmailFieldProps = Omit<React.ComponentProps<typeof FormField>, "name"> & { state: FormState };

/** An email address input: keeps what was typed, shows its error, and keeps phones from capitalising or correcting it. */
export function EmailField({ state, label, ...rest }: EmailFieldProps) {
  return (
    <FormField
      label={label}
      name="email"
      type="email"
      autoComplete="email"
      autoCapitalize="none"
      spellCheck={false}
      required
      defaultValue={state.values?.email}
      errors={state.fieldErrors?.email}
      {...rest}
    />
  );
}
