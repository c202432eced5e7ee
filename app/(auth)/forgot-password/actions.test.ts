import { beforeEach, describe, expect, it, vi } from "vitest";
import { initialFormState } from "@/lib/actions/form-state";
import { RESET_LINK_SENT } from "@/lib/auth/password-reset";
import { db } from "@/lib/db";
import { createMemberWithEmail, mailsTo, uniqueEmail } from "@/lib/testing/email-members";
import { uniqueUsername } from "@/lib/testing/factories";
import { formData } from "@/lib/testing/form-data";
import { askForResetLink } from "./actions";

const request = await vi.hoisted(async () => (await import("@/lib/testing/request-context")).mockRequestContext());

beforeEach(() => {
  request.address = `192.0.2.${uniqueUsername("ip")}`;
});

describe("the forgotten-password form", () => {
  it("shows a known and an unknown address the same page, and mails only the known one", async () => {
    const member = await createMemberWithEmail();
    const unknown = uniqueEmail("nobody");
    const known = await askForResetLink(initialFormState, formData({ email: member.email }));
    const other = await askForResetLink(initialFormState, formData({ email: unknown }));
    expect(known).toEqual({ status: "success", message: RESET_LINK_SENT, values: { email: member.email } });
    expect(other).toEqual({ ...known, values: { email: unknown } });
    expect(await mailsTo(member.email)).toHaveLength(1);
    expect(await mailsTo(unknown)).toEqual([]);
  });

  it.each([
    ["a malformed address", "ada@", "Enter an address such as ada@example.com."],
    ["a display name", '"Ada" <ada@example.com>', "Enter the address alone, such as ada@example.com, without a name or brackets."],
    ["a line break", "ada@example.com\nBcc: x@example.com", "An email address cannot contain spaces or invisible characters."],
    ["10,000 characters", `${"a".repeat(9_988)}@example.com`, "An email address has at most 254 characters."],
  ])("refuses %s next to the field, sending nothing", async (_case, email, message) => {
    const mailsBefore = await db.outgoingMail.count();
    const state = await askForResetLink(initialFormState, formData({ email }));
    expect(state).toMatchObject({ status: "error", fieldErrors: { email: [message] } });
    expect(await db.outgoingMail.count()).toBe(mailsBefore);
  });
});
