import { beforeEach, describe, expect, it, vi } from "vitest";
import { WRONG_PASSWORD_MESSAGE } from "@/lib/actions/confirm-password";
import { initialFormState } from "@/lib/actions/form-state";
import { db } from "@/lib/db";
import { createMemberWithEmail, mailsTo, uniqueEmail } from "@/lib/testing/email-members";
import { TEST_PASSWORD, createTestUser, uniqueUsername } from "@/lib/testing/factories";
import { formData } from "@/lib/testing/form-data";
import { Redirected } from "@/lib/testing/request-context";
import { confirmationSent } from "@/lib/users/email-change";
import { askForEmailChange } from "./actions";

const request = await vi.hoisted(async () => (await import("@/lib/testing/request-context")).mockRequestContext());

beforeEach(() => {
  request.user = null;
  request.address = `192.0.2.${uniqueUsername("ip")}`;
});

/** What a change of address could have touched: the member's row, their links, and mail. */
async function traceOf(userId: string) {
  return {
    account: await db.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true, emailVerifiedAt: true } }),
    tokens: await db.accountToken.count({ where: { userId } }),
    mails: await db.outgoingMail.count({ where: { userId } }),
  };
}

describe("asking for a new address", () => {
  it("sends a visitor to log in", async () => {
    await expect(askForEmailChange(initialFormState, formData({ email: uniqueEmail(), currentPassword: TEST_PASSWORD }))).rejects.toThrow(
      new Redirected("/login"),
    );
  });

  it("mails a confirmation link to the new address of the signed-in member", async () => {
    const member = await createMemberWithEmail();
    request.actAs(member);
    const email = uniqueEmail("new");
    const state = await askForEmailChange(initialFormState, formData({ email: ` ${email} `, currentPassword: TEST_PASSWORD }));
    expect(state).toMatchObject({ status: "success", message: confirmationSent(email) });
    expect((await mailsTo(email)).map((mail) => mail.kind)).toEqual(["confirm-email-change"]);
  });

  it("needs the current password", async () => {
    const member = await request.signInNewMember();
    const before = await traceOf(member.id);
    const state = await askForEmailChange(initialFormState, formData({ email: uniqueEmail(), currentPassword: "not my password" }));
    expect(state).toMatchObject({ status: "error", fieldErrors: { currentPassword: [WRONG_PASSWORD_MESSAGE] } });
    expect(await traceOf(member.id)).toEqual(before);
  });

  it.each([
    ["a malformed address", "ada.example.com", "Enter an address such as ada@example.com."],
    ["a display name", "Ada <ada@example.com>", "Enter the address alone, such as ada@example.com, without a name or brackets."],
    [
      "a header smuggled after a line break",
      "ada@example.com\r\nBcc: all@example.com",
      "An email address cannot contain spaces or invisible characters.",
    ],
    ["a control character", "ada\u0000@example.com", "An email address cannot contain spaces or invisible characters."],
    ["10,000 characters", `${"a".repeat(9_988)}@example.com`, "An email address has at most 254 characters."],
    ["nothing", "", "Enter your email address."],
  ])("refuses %s next to the field, changing nothing", async (_case, email, message) => {
    const member = await createTestUser();
    request.actAs(member);
    const before = await traceOf(member.id);
    const state = await askForEmailChange(initialFormState, formData({ email, currentPassword: TEST_PASSWORD }));
    expect(state).toMatchObject({ status: "error", fieldErrors: { email: [message] } });
    expect(await traceOf(member.id)).toEqual(before);
  });
});
