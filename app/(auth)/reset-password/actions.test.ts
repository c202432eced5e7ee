import { describe, expect, it, vi } from "vitest";
import { initialFormState } from "@/lib/actions/form-state";
import { TOKEN_INVALID } from "@/lib/auth/account-tokens";
import { PASSWORD_RESET_DONE, requestPasswordReset } from "@/lib/auth/password-reset";
import { db } from "@/lib/db";
import { createMemberWithEmail, linkTokenIn, mailsTo } from "@/lib/testing/email-members";
import { formData } from "@/lib/testing/form-data";
import { setNewPassword } from "./actions";

await vi.hoisted(async () => (await import("@/lib/testing/realtime-stand-in")).standInForTestFile());
const request = await vi.hoisted(async () => (await import("@/lib/testing/request-context")).mockRequestContext());

const NEW_PASSWORD = "quiet lantern orchard";
const passwordOf = (id: string) => db.user.findUniqueOrThrow({ where: { id }, select: { passwordHash: true, sessionVersion: true } });

async function resetLink() {
  const member = await createMemberWithEmail();
  await requestPasswordReset(member.email, `203.0.113.2:${member.id}`);
  return { member, token: linkTokenIn((await mailsTo(member.email))[0]) };
}

describe("the new-password form", () => {
  it("sets the password and tells them to log in with it, signing nobody in", async () => {
    const { member, token } = await resetLink();
    const state = await setNewPassword(initialFormState, formData({ token, password: NEW_PASSWORD, repeatPassword: NEW_PASSWORD }));
    expect(state).toMatchObject({ status: "success", message: PASSWORD_RESET_DONE });
    expect(request.signIn).not.toHaveBeenCalled();
    expect((await mailsTo(member.email)).map((mail) => mail.kind)).toEqual(["reset-password", "password-changed"]);
  });

  it.each([
    ["too short", "short", "short", { password: ["Password must be at least 8 characters"] }],
    ["too common", "password123", "password123", { password: ["This password is too common; choose one that is harder to guess"] }],
    ["not repeated", NEW_PASSWORD, "quiet lantern", { repeatPassword: ["This does not match the new password"] }],
  ])("refuses a password %s next to its field, keeping the link", async (_case, password, repeatPassword, fieldErrors) => {
    const { member, token } = await resetLink();
    const before = await passwordOf(member.id);
    expect(await setNewPassword(initialFormState, formData({ token, password, repeatPassword }))).toMatchObject({
      status: "error",
      fieldErrors,
    });
    expect(await passwordOf(member.id)).toEqual(before);
    expect(await db.accountToken.count({ where: { userId: member.id, usedAt: null } })).toBe(1);
  });

  it("refuses a forged link above the button, changing nothing", async () => {
    const { member, token } = await resetLink();
    const before = await passwordOf(member.id);
    const state = await setNewPassword(
      initialFormState,
      formData({ token: `${token.slice(0, -1)}!`, password: NEW_PASSWORD, repeatPassword: NEW_PASSWORD }),
    );
    expect(state).toMatchObject({ status: "error", message: TOKEN_INVALID });
    expect(await passwordOf(member.id)).toEqual(before);
  });
});
