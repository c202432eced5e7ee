"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { FormState } from "@/lib/actions/form-state";
import { adminAction } from "@/lib/actions/validated-action";
import { banMember, deleteMember, setAdminRole, unbanMember } from "@/lib/moderation/members/commands";
import { toFormState } from "@/lib/moderation/result";
import { banMemberSchema, deleteMemberSchema, setAdminRoleSchema, unbanMemberSchema } from "@/lib/moderation/members/schemas";

/** Fields the forms show no error slot for: hidden ones, and the duration <select> (which sits in the shared form's children). */
const UNSLOTTED_FIELDS = ["memberId", "makeAdmin", "duration"];

/**
 * A refusal of a hidden field (a forged or stale form) would otherwise be
 * invisible: its message becomes the form's message, next to the button.
 */
function withUnslottedErrors(action: (state: FormState, formData: FormData) => Promise<FormState>) {
  return async (state: FormState, formData: FormData): Promise<FormState> => {
    const result = await action(state, formData);
    const hidden = UNSLOTTED_FIELDS.flatMap((field) => result.fieldErrors?.[field] ?? []);
    return hidden.length > 0 && !result.message ? { ...result, message: hidden.join(" ") } : result;
  };
}

/** The list, the member's page and the dashboard all show a member's state. */
function refreshMemberPages() {
  revalidatePath("/admin", "layout");
}

export const banMemberAction = withUnslottedErrors(
  adminAction(banMemberSchema, async (input, admin) => {
    const result = await banMember(admin, input);
    if (result.ok) refreshMemberPages();
    return toFormState(result);
  }),
);

export const unbanMemberAction = withUnslottedErrors(
  adminAction(unbanMemberSchema, async (input, admin) => {
    const result = await unbanMember(admin, input);
    if (result.ok) refreshMemberPages();
    return toFormState(result);
  }),
);

export const setAdminRoleAction = withUnslottedErrors(
  adminAction(setAdminRoleSchema, async (input, admin) => {
    const result = await setAdminRole(admin, input);
    if (!result.ok) return toFormState(result);
    // An admin who stepped down can no longer see /admin: showing it again would be a 404.
    if (input.memberId === admin.id && !input.makeAdmin) redirect("/");
    refreshMemberPages();
    return toFormState(result);
  }),
);

export const deleteMemberAction = withUnslottedErrors(
  adminAction(deleteMemberSchema, async (input, admin) => {
    const result = await deleteMember(admin, input);
    if (!result.ok) return toFormState(result);
    refreshMemberPages();
    // The member's page is gone with them; the list says what happened (a
    // fixed sentence: text from the URL would let a link put words there).
    redirect("/admin/members?deleted=1");
  }),
);
