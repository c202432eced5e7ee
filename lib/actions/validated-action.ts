import "server-only";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { FormState } from "@/lib/actions/form-state";
import { isAdmin } from "@/lib/moderation/guard";
import { getCurrentUser, type SessionUser } from "@/lib/auth/session";
import { NOT_ADMIN_MESSAGE } from "@/lib/moderation/result";

/** Long enough for any field a form shows again, short enough that a hostile megabyte is not echoed back. */
const ECHO_LIMIT = 2_000;

function typedValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData) {
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
export function formFields(formData: FormData): Record<string, FormDataEntryValue | FormDataEntryValue[]> {
  const fields: Record<string, FormDataEntryValue | FormDataEntryValue[]> = {};
  for (const name of new Set(formData.keys())) {
    const values = formData.getAll(name);
    fields[name] = values.length === 1 ? values[0] : values;
  }
  return fields;
}

type Handler<S extends z.ZodType, Extra extends unknown[]> = (
  input: z.output<S>,
  ...rest: [...Extra, FormData]
) => Promise<FormState | void>;

/**
 * The one way a form action starts: the input is parsed with zod before the
 * handler runs, and a failure comes back as messages per field with what was
 * typed, having changed nothing.
 */
export function validatedAction<S extends z.ZodType>(schema: S, handler: Handler<S, []>) {
  return async (_previous: FormState, formData: FormData): Promise<FormState> => {
    const parsed = schema.safeParse(formFields(formData));
    if (!parsed.success) {
      return {
        status: "error",
        fieldErrors: z.flattenError(parsed.error).fieldErrors as FormState["fieldErrors"],
        values: typedValues(formData),
      };
    }
    const result = (await handler(parsed.data, formData)) ?? { status: "success" };
    return { values: typedValues(formData), ...result };
  };
}

/** As validatedAction, for members only: the session is read first, and a visitor is sent to log in. */
export function authenticatedAction<S extends z.ZodType>(schema: S, handler: Handler<S, [SessionUser]>) {
  return async (previous: FormState, formData: FormData): Promise<FormState> => {
    const user = await getCurrentUser();
    if (!user) redirect("/login");
    return validatedAction(schema, (input, data) => handler(input, user, data))(previous, formData);
  };
}

/**
 * As validatedAction, for admins only. A server action is a public endpoint
 * whatever page shows its form, so the role is checked here, on every call:
 * anyone else gets a refusal and nothing runs.
 */
export function adminAction<S extends z.ZodType>(schema: S, handler: Handler<S, [SessionUser]>) {
  return async (previous: FormState, formData: FormData): Promise<FormState> => {
    const user = await getCurrentUser();
    if (!isAdmin(user)) return { status: "error", message: NOT_ADMIN_MESSAGE };
    return validatedAction(schema, (input, data) => handler(input, user, data))(previous, formData);
  };
}

/** For a member's button with no input (log out, and the like): a plain form action that still reads the session first. */
export function memberAction(handler: (user: SessionUser) => Promise<void>) {
  return async (): Promise<void> => {
    const user = await getCurrentUser();
    if (!user) redirect("/login");
    await handler(user);
  };
}
