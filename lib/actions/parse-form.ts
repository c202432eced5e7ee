import "server-only";
import { z } from "zod";
import type { FormState } from "@/lib/actions/form-state";

/** Long enough for any field a form shows again, short enough that a hostile megabyte is not echoed back. */
const ECHO_LIMIT = 2_000;

/** Form fields, or a query string (same names-to-values shape). */
type Fields = FormData | URLSearchParams;

/** What was typed, to show again in the form: text only, never passwords, each cut to the echo limit. */
export function echoedValues(fields: Fields): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of fields) {
    if (typeof value !== "string" || /password/i.test(key) || key.startsWith("$ACTION")) continue;
    values[key] = value.slice(0, ECHO_LIMIT);
  }
  return values;
}

/**
 * The form as an object for zod: a name sent once is a string, a name sent
 * more than once (a group of checkboxes) an array. Object.fromEntries would
 * keep only the last value, and a schema expecting one string would then
 * accept a request that sent two.
 */
export function formFields(fields: Fields): Record<string, FormDataEntryValue | FormDataEntryValue[]> {
  const object: Record<string, FormDataEntryValue | FormDataEntryValue[]> = {};
  for (const name of new Set(fields.keys())) {
    const values = fields.getAll(name);
    object[name] = values.length === 1 ? values[0] : values;
  }
  return object;
}

export type ParsedForm<T> =
  { ok: true; value: T } | { ok: false; fieldErrors: NonNullable<FormState["fieldErrors"]>; values: Record<string, string> };

/**
 * The one way input from a form (an action's, or a route handler's body or
 * query string) meets its schema: the parsed value, or messages per field
 * with what was typed, to show again.
 */
export function parseForm<S extends z.ZodType>(schema: S, fields: Fields): ParsedForm<z.output<S>> {
  const parsed = schema.safeParse(formFields(fields));
  if (parsed.success) return { ok: true, value: parsed.data };
  const { fieldErrors } = z.flattenError(parsed.error) as { fieldErrors: NonNullable<FormState["fieldErrors"]> };
  return { ok: false, fieldErrors, values: echoedValues(fields) };
}
