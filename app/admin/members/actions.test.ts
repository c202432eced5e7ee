import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { initialFormState } from "@/lib/actions/form-state";
import { NOT_ADMIN_MESSAGE } from "@/lib/moderation/result";
import { db } from "@/lib/db";
import { createTestUser } from "@/lib/testing/factories";
import { formData } from "@/lib/testing/form-data";
import { Redirected } from "@/lib/testing/request-context";
import { banMemberAction, deleteMemberAction, setAdminRoleAction, unbanMemberAction } from "./actions";
import { REASON_MAX } from "@/lib/validation/form-rules";

// Bans, deleted accounts and new passwords end live chat connections through the realtime server's API; a stand-in answers it.
const realtime = await vi.hoisted(async () => (await import("@/lib/testing/realtime-stand-in")).standInForTheApp());
afterAll(() => realtime.close());

const request = await vi.hoisted(async () => (await import("@/lib/testing/request-context")).mockRequestContext());

/** Everything an action here could change about a member, and the audit entries about them. */
async function stateOf(memberId: string) {
  return {
    user: await db.user.findUnique({
      where: { id: memberId },
      select: { role: true, bannedAt: true, bannedUntil: true, banReason: true, sessionVersion: true },
    }),
    audit: await db.auditEntry.count({ where: { targetId: memberId } }),
  };
}

/** One direct post to every action, aimed at the member. */
function everyAction(memberId: string) {
  return [
    banMemberAction(initialFormState, formData({ memberId, duration: "permanent", reason: "Forged" })),
    unbanMemberAction(initialFormState, formData({ memberId })),
    setAdminRoleAction(initialFormState, formData({ memberId, makeAdmin: "true" })),
    setAdminRoleAction(initialFormState, formData({ memberId, makeAdmin: "false" })),
    deleteMemberAction(initialFormState, formData({ memberId })),
  ];
}

beforeEach(() => {
  request.user = null;
});

describe("member actions for anyone but an admin", () => {
  it("refuse a visitor and a member calling them directly, changing nothing", async () => {
    const target = await createTestUser();
    const otherAdmin = await createTestUser();
    await db.user.update({ where: { id: otherAdmin.id }, data: { role: "ADMIN" } });
    const before = { target: await stateOf(target.id), admin: await stateOf(otherAdmin.id) };
    for (const who of [null, "USER"] as const) {
      if (who) await request.signInNewMember(who);
      for (const memberId of [target.id, otherAdmin.id]) {
        for (const attempt of everyAction(memberId)) expect(await attempt).toEqual({ status: "error", message: NOT_ADMIN_MESSAGE });
      }
    }
    expect({ target: await stateOf(target.id), admin: await stateOf(otherAdmin.id) }).toEqual(before);
  });
});

describe("member actions for an admin", () => {
  it("ban and unban with the form's fields, saying what happened", async () => {
    await request.signInNewMember("ADMIN");
    const member = await createTestUser();
    const banned = await banMemberAction(initialFormState, formData({ memberId: member.id, duration: "permanent", reason: "Spam" }));
    expect(banned).toMatchObject({ status: "success", message: `${member.username} is banned permanently. Their sessions have ended.` });
    expect(await stateOf(member.id)).toMatchObject({ user: { banReason: "Spam", bannedUntil: null, sessionVersion: 1 }, audit: 1 });
    expect(await unbanMemberAction(initialFormState, formData({ memberId: member.id, reason: "" }))).toMatchObject({
      status: "success",
      message: `${member.username} is no longer banned and can log in again.`,
    });
  });

  it("refuse bad input field by field, changing nothing", async () => {
    await request.signInNewMember("ADMIN");
    const member = await createTestUser();
    const before = await stateOf(member.id);

    const longReason = await banMemberAction(
      initialFormState,
      formData({ memberId: member.id, duration: "7d", reason: "x".repeat(REASON_MAX + 1) }),
    );
    expect(longReason).toMatchObject({ status: "error", fieldErrors: { reason: [`A reason can be at most ${REASON_MAX} characters`] } });
    const noReason = await banMemberAction(initialFormState, formData({ memberId: member.id, duration: "7d", reason: "   " }));
    expect(noReason).toMatchObject({ status: "error", fieldErrors: { reason: ["Give a reason: the member will see it"] } });
    const badDuration = await banMemberAction(initialFormState, formData({ memberId: member.id, duration: "1y", reason: "Spam" }));
    expect(badDuration).toMatchObject({
      status: "error",
      fieldErrors: { duration: ["Choose 1 day, 7 days, 30 days or permanent"] },
      message: "Choose 1 day, 7 days, 30 days or permanent",
    });
    const badRole = await setAdminRoleAction(initialFormState, formData({ memberId: member.id, makeAdmin: "yes" }));
    expect(badRole).toMatchObject({ status: "error", fieldErrors: { makeAdmin: ["Say whether to make or remove an admin"] } });
    for (const action of [banMemberAction, unbanMemberAction, setAdminRoleAction, deleteMemberAction]) {
      const malformed = await action(
        initialFormState,
        formData({ memberId: "../../etc", duration: "7d", reason: "Spam", makeAdmin: "true" }),
      );
      expect(malformed).toMatchObject({ status: "error", fieldErrors: { memberId: ["Unknown member"] }, message: "Unknown member" });
    }
    expect(await stateOf(member.id)).toEqual(before);
  });

  it("say a member who is gone no longer exists", async () => {
    await request.signInNewMember("ADMIN");
    const gone = { memberId: "nosuchmember0000", duration: "7d", reason: "Spam", makeAdmin: "true" };
    for (const action of [banMemberAction, unbanMemberAction, setAdminRoleAction, deleteMemberAction]) {
      expect(await action(initialFormState, formData(gone))).toMatchObject({ status: "error", message: "This member no longer exists." });
    }
  });

  it("delete a member and go back to the list, which says so", async () => {
    await request.signInNewMember("ADMIN");
    const member = await createTestUser();
    await expect(deleteMemberAction(initialFormState, formData({ memberId: member.id, reason: "Spam bot" }))).rejects.toThrow(
      new Redirected("/admin/members?deleted=1"),
    );
    expect(await stateOf(member.id)).toEqual({ user: null, audit: 1 });
  });

  it("send an admin who stepped down out of /admin, another admin remaining", async () => {
    await request.signInNewMember("ADMIN");
    const admin = request.user!;
    await request.signInNewMember("ADMIN");
    request.user = admin;
    await expect(setAdminRoleAction(initialFormState, formData({ memberId: admin.id, makeAdmin: "false" }))).rejects.toThrow(
      new Redirected("/"),
    );
    expect((await stateOf(admin.id)).user?.role).toBe("USER");
  });
});
