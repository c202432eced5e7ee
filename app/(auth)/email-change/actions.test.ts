import { beforeEach, describe, expect, it, vi } from "vitest";
import { initialFormState } from "@/lib/actions/form-state";
import { db } from "@/lib/db";
import { createMemberWithEmail, linkTokenIn, mailsTo, uniqueEmail } from "@/lib/testing/email-members";
import { formData } from "@/lib/testing/form-data";
import { Redirected } from "@/lib/testing/request-context";
import { NOT_YOUR_LINK, confirmEmailChange, requestEmailChange } from "@/lib/users/email-change";
import { confirmChange, undoChange } from "./actions";

await vi.hoisted(async () => (await import("@/lib/testing/realtime-stand-in")).standInForTestFile());
const request = await vi.hoisted(async () => (await import("@/lib/testing/request-context")).mockRequestContext());

beforeEach(() => {
  request.user = null;
});

const addressOf = (id: string) => db.user.findUniqueOrThrow({ where: { id }, select: { email: true, sessionVersion: true } });

async function pendingChange() {
  const member = await createMemberWithEmail();
  const newEmail = uniqueEmail("new");
  await requestEmailChange(member.id, newEmail);
  return { member, newEmail, token: linkTokenIn((await mailsTo(newEmail))[0]) };
}

describe("the confirm button", () => {
  it("sends a visitor to log in", async () => {
    const { token } = await pendingChange();
    await expect(confirmChange(initialFormState, formData({ token }))).rejects.toThrow(new Redirected("/login"));
  });

  it("confirms only for the member who asked", async () => {
    const { member, newEmail, token } = await pendingChange();
    const other = await request.signInNewMember();
    expect(await confirmChange(initialFormState, formData({ token }))).toMatchObject({ status: "error", message: NOT_YOUR_LINK });
    expect((await addressOf(member.id)).email).toBe(member.email);
    expect((await addressOf(other.id)).email).toBeNull();
    request.actAs(member);
    expect(await confirmChange(initialFormState, formData({ token }))).toMatchObject({ status: "success" });
    expect((await addressOf(member.id)).email).toBe(newEmail);
  });
});

describe("the undo button", () => {
  it("works signed out, and ends every session", async () => {
    const { member, token } = await pendingChange();
    await confirmEmailChange(member.id, token);
    const undo = linkTokenIn((await mailsTo(member.email))[0]);
    const before = await addressOf(member.id);
    expect(await undoChange(initialFormState, formData({ token: undo }))).toMatchObject({ status: "success" });
    expect(await addressOf(member.id)).toEqual({ email: member.email, sessionVersion: before.sessionVersion + 1 });
  });
});
