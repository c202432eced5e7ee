import type { SelectHTMLAttributes } from "react";

type LabelledSelectProps = SelectHTMLAttributes<HTMLSelectElement> & {
  label: string;
  name: string;
  /** Value to label, listed in the record's order. */
  options: Readonly<Record<string, string>>;
  /** A first option with the empty value, for filters that may be left unset. */
  anyOption?: string;
};

/**
 * A select wrapped in its label: the list filters, the gallery order and the
 * ban duration all pick one of a fixed set of values this way.
 */
export function LabelledSelect({ label, name, options, anyOption, ...select }: LabelledSelectProps) {
  return (
    <label htmlFor={select.id}>
      {label}
      <select {...select} name={name}>
        {anyOption !== undefined && <option value="">{anyOption}</option>}
        {Object.entries(options).map(([value, optionLabel]) => (
          <option key={value} value={value}>
            {optionLabel}
          </option>
        ))}
      </select>
    </label>
  );
}
