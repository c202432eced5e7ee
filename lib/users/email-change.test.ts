import { describe, expect, it, vi } from "vitest";
import { TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_USED } from "@/lib/auth/account-tokens";
import { requestPasswordReset, resetPassword } from "@/lib/auth/password-reset";
import { db } from "@/lib/db";
import { LIMITS } from "@/lib/rate-limit/limits";
import { done, refused } from "@/lib/result";
import { createMemberWithEmail, linkTokenIn, mailsTo, uniqueEmail } from "@/lib/testing/email-members";
import { createTestUser } from "@/lib/testing/factories";
import {
  ADDRESS_NOT_RESTORABLE,
  ADDRESS_NOW_TAKEN,
  NOT_YOUR_LINK,
  SAME_EMAIL,
  confirmEmailChange,
  confirmationSent,
  requestEmailChange,
  undoEmailChange,
} from "@/lib/users/email-change";
import { emailKeyOf } from "@/lib/validation/email";

// An undo ends live chat connections through the realtime server's API; a stand-in answers it.
await vi.hoisted(async () => (await import("@/lib/testing/realtime-stand-in")).standInForTestFile());

const addressOf = (id: string) =>
  db.user.findUniqueOrThrow({ where: { id }, select: { email: true, emailKey: true, emailVerifiedAt: true, sessionVersion: true } });

/** Asks for the change and answers the token of the link mailed to the new address. */
async function changeLink(userId: string, email: string): Promise<string> {
  expect(await requestEmailChange(userId, email)).toEqual(done(undefined, confirmationSent(email)));
  const mail = (await mailsTo(email)).at(-1)!;
  expect(mail.kind).toBe("confirm-email-change");
  return linkTokenIn(mail);
}

describe("asking to change the address", () => {
  it("mails a link to the new address and changes nothing until it is followed", async () => {
    const member = await createMemberWithEmail();
    const before = await addressOf(member.id);
    const newEmail = uniqueEmail("new");
    await changeLink(member.id, newEmail);
    expect(await addressOf(member.id)).toEqual(before);
    expect(await mailsTo(member.email)).toEqual([]);
  });

  it("answers a taken address as a free one, and tells its owner instead of mailing a link", async () => {
    const [owner, member] = [await createMemberWithEmail(), await createMemberWithEmail()];
    const answer = await requestEmailChange(member.id, owner.email.toUpperCase());
    expect(answer).toEqual(done(undefined, confirmationSent(owner.email.toUpperCase())));
    const mails = await mailsTo(owner.email);
    expect(mails.map((mail) => mail.kind)).toEqual(["email-in-use"]);
    expect(mails[0].text).not.toContain(member.username);
    expect(await db.accountToken.count({ where: { userId: member.id, purpose: "CHANGE_EMAIL" } })).toBe(0);
  });

  it("refuses the member's own address, next to the field", async () => {
    const member = await createMemberWithEmail();
    expect(await requestEmailChange(member.id, member.email)).toEqual(refused(SAME_EMAIL, "email"));
  });

  it("is limited per member", async () => {
    const member = await createTestUser();
    for (let turn = 0; turn < LIMITS.emailChange.max; turn++) await requestEmailChange(member.id, uniqueEmail());
    const over = await requestEmailChange(member.id, uniqueEmail());
    expect(over).toMatchObject({ ok: false, field: "email" });
    expect(over.ok || over.message).toMatch(/^You can ask for 5 address changes a day\. Try again in/);
  });
});

describe("confirming the new address", () => {
  it("makes it the member's, confirmed, and mails the old address a link that undoes it", async () => {
    const member = await createMemberWithEmail();
    const newEmail = uniqueEmail("new");
    const token = await changeLink(member.id, newEmail);
    expect(await confirmEmailChange(member.id, token)).toEqual(done(undefined, `Your address is now ${newEmail}.`));
    expect(await addressOf(member.id)).toMatchObject({
      email: newEmail,
      emailKey: emailKeyOf(newEmail),
      emailVerifiedAt: expect.any(Date),
    });
    const [notice] = await mailsTo(member.email);
    expect(notice.kind).toBe("email-changed");
    expect(notice.text).toContain("/email-change/undo?token=");
    expect(await confirmEmailChange(member.id, token)).toEqual(refused(TOKEN_USED));
  });

  it("gives a member without an address one, with no notice to send", async () => {
    const member = await createTestUser();
    const email = uniqueEmail("first");
    await confirmEmailChange(member.id, await changeLink(member.id, email));
    expect((await addressOf(member.id)).email).toBe(email);
    expect((await mailsTo(email)).map((mail) => mail.kind)).toEqual(["confirm-email-change"]);
  });

  it("refuses another member's link without using it up", async () => {
    const [member, other] = [await createMemberWithEmail(), await createMemberWithEmail()];
    const token = await changeLink(member.id, uniqueEmail("new"));
    const [memberBefore, otherBefore] = [await addressOf(member.id), await addressOf(other.id)];
    expect(await confirmEmailChange(other.id, token)).toEqual(refused(NOT_YOUR_LINK));
    expect([await addressOf(member.id), await addressOf(other.id)]).toEqual([memberBefore, otherBefore]);
    expect(await confirmEmailChange(member.id, token)).toMatchObject({ ok: true });
  });

  it("refuses an address another member has confirmed meanwhile, without saying whose", async () => {
    const [member, rival] = [await createMemberWithEmail(), await createMemberWithEmail()];
    const contested = uniqueEmail("contested");
    const [token, rivalToken] = [await changeLink(member.id, contested), await changeLink(rival.id, contested)];
    await confirmEmailChange(rival.id, rivalToken);
    const before = await addressOf(member.id);
    expect(await confirmEmailChange(member.id, token)).toEqual(refused(ADDRESS_NOW_TAKEN));
    expect(await addressOf(member.id)).toEqual(before);
  });

  it("refuses forged and expired links, changing nothing", async () => {
    const member = await createMemberWithEmail();
    const token = await changeLink(member.id, uniqueEmail("new"));
    const before = await addressOf(member.id);
    const later = new Date(Date.now() + 49 * 3_600_000);
    expect(await confirmEmailChange(member.id, token, later)).toEqual(refused(TOKEN_EXPIRED));
    for (const bad of ["", `${token}x`, "x".repeat(10_000)])
      expect(await confirmEmailChange(member.id, bad)).toEqual(refused(TOKEN_INVALID));
    expect(await addressOf(member.id)).toEqual(before);
  });
});

describe("undoing a change from the old address", () => {
  async function changedMember() {
    const member = await createMemberWithEmail();
    const newEmail = uniqueEmail("thief");
    await confirmEmailChange(member.id, await changeLink(member.id, newEmail));
    return { ...member, newEmail, undo: linkTokenIn((await mailsTo(member.email))[0]) };
  }

  it("puts the old address back, confirmed, and ends every session", async () => {
    const member = await changedMember();
    const before = await addressOf(member.id);
    const answer = await undoEmailChange(member.undo);
    expect(answer).toMatchObject({ ok: true, message: expect.stringContaining(`Your address is ${member.email} again`) });
    const after = await addressOf(member.id);
    expect(after).toMatchObject({ email: member.email, emailVerifiedAt: expect.any(Date), sessionVersion: before.sessionVersion + 1 });
    expect(await undoEmailChange(member.undo)).toEqual(refused(TOKEN_USED));
  });

  it("stops a reset link sent to the new address from working", async () => {
    const member = await changedMember();
    await requestPasswordReset(member.newEmail, "192.0.2.1");
    const resetToken = linkTokenIn((await mailsTo(member.newEmail)).at(-1)!);
    await undoEmailChange(member.undo);
    expect(await resetPassword(resetToken, "quiet lantern orchard")).toEqual(refused(TOKEN_USED));
  });

  it("refuses when another member holds the old address now", async () => {
    const member = await changedMember();
    const taker = await createTestUser();
    await confirmEmailChange(taker.id, await changeLink(taker.id, member.email));
    const before = await addressOf(member.id);
    expect(await undoEmailChange(member.undo)).toEqual(refused(ADDRESS_NOT_RESTORABLE));
    expect(await addressOf(member.id)).toEqual(before);
  });

  it("refuses a forged or expired link", async () => {
    const member = await changedMember();
    expect(await undoEmailChange(member.undo, new Date(Date.now() + 8 * 24 * 3_600_000))).toEqual(refused(TOKEN_EXPIRED));
    expect(await undoEmailChange(member.undo.slice(0, -2))).toEqual(refused(TOKEN_INVALID));
  });
});
