import { FormField } from "@/components/form-field";
import type { FormState } from "@/lib/actions/form-state";

type UsernameFieldProps = Omit<React.ComponentProps<typeof FormField>, "label" | "name"> & { state: FormState; label?: string };

/** The username input of the account forms: keeps what was typed and shows its error. */
export function UsernameField({ state, label = "Username", ...rest }: UsernameFieldProps) {
  return (
    <FormField
      label={label}
      name="username"
      autoComplete="username"
      autoCapitalize="none"
      spellCheck={false}
      required
      defaultValue={state.values?.username}
      errors={state.fieldErrors?.username}
      {...rest}
    />
  );
}
