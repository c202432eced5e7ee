import "server-only";
import { redirect } from "next/navigation";
import type { z } from "zod";
import type { FormState } from "@/lib/actions/form-state";
import { echoedValues, parseForm } from "@/lib/actions/parse-form";
import { isAdmin } from "@/lib/moderation/guard";
import { getCurrentUser, type SessionUser } from "@/lib/auth/session";
import { NOT_ADMIN_MESSAGE } from "@/lib/moderation/result";

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
    const parsed = parseForm(schema, formData);
    if (!parsed.ok) return { status: "error", fieldErrors: parsed.fieldErrors, values: parsed.values };
    const result = (await handler(parsed.value, formData)) ?? { status: "success" };
    return { values: echoedValues(formData), ...result };
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
