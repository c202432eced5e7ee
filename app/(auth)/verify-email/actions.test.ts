import { describe, expect, it, vi } from "vitest";
import { initialFormState } from "@/lib/actions/form-state";
import { issueToken } from "@/lib/auth/account-tokens";
import { noticeShownTo } from "@/lib/testing/email-notice";
import { OTHER_ACCOUNT_MESSAGE, VERIFIED_MESSAGE } from "@/lib/auth/email-verification";
import { db } from "@/lib/db";
import { createTestUser } from "@/lib/testing/factories";
import { formData } from "@/lib/testing/form-data";
import { confirmEmail, dismissAddressNotice, sendVerificationAgain } from "./actions";

const request = await vi.hoisted(async () => (await import("@/lib/testing/request-context")).mockRequestContext());

async function linkFor(member: { id: string; email: string | null }) {
  return (await db.$transaction((tx) => issueToken(tx, { userId: member.id, purpose: "VERIFY_EMAIL", email: member.email }))).token;
}

const verified = async (userId: string) => (await db.user.findUniqueOrThrow({ where: { id: userId } })).emailVerifiedAt !== null;

describe("the email address actions", () => {
  it("confirms the address of the link's member, but not while another member is signed in", async () => {
    const owner = await createTestUser("owner", { email: "unverified" });
    const other = await createTestUser("other", { email: "unverified" });
    const token = await linkFor(owner);
    request.actAs(other);
    expect(await confirmEmail(initialFormState, formData({ token }))).toMatchObject({ status: "error", message: OTHER_ACCOUNT_MESSAGE });
    expect([await verified(owner.id), await verified(other.id)]).toEqual([false, false]);
    request.user = null;
    expect(await confirmEmail(initialFormState, formData({ token }))).toMatchObject({ status: "success", message: VERIFIED_MESSAGE });
    expect([await verified(owner.id), await verified(other.id)]).toEqual([true, false]);
  });

  it("sends the signed-in member's own link again, and dismisses only their own notice", async () => {
    const member = await createTestUser("member", { email: "unverified" });
    const bystander = await createTestUser("bystander", { email: "none" });
    request.actAs(member);
    expect(await sendVerificationAgain(initialFormState, formData({}))).toMatchObject({ status: "success" });
    expect(request.after).toHaveBeenCalled();
    expect(await db.outgoingMail.count({ where: { userId: member.id, kind: "verify-email" } })).toBe(1);

    const other = await createTestUser("none", { email: "none" });
    request.actAs(other);
    await dismissAddressNotice();
    expect(await noticeShownTo(other.id)).toBe(false);
    expect(await noticeShownTo(bystander.id)).toBe(true);
  });
});
