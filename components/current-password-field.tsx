import type { ComponentProps } from "react";
import { FormField } from "@/components/form-field";

type CurrentPasswordFieldProps = Omit<ComponentProps<typeof FormField>, "label" | "name" | "type" | "autoComplete" | "required"> & {
  label?: string;
  name?: string;
};

/** The password a member already has (log-in, confirming a change): marked for the browser's password manager to fill in. */
export function CurrentPasswordField({ label = "Password", name = "password", ...field }: CurrentPasswordFieldProps) {
  return <FormField {...field} label={label} name={name} type="password" autoComplete="current-password" required />;
}
