import { describe, expect, it } from "vitest";
import { issueToken } from "@/lib/auth/account-tokens";
import { gateMessage } from "@/lib/auth/email-gate";
import { dismissEmailNotice } from "@/lib/auth/email-notice";
import { noticeShownTo } from "@/lib/testing/email-notice";
import { verifyEmail } from "@/lib/auth/email-verification";
import { createRoom } from "@/lib/chat/rooms";
import { db } from "@/lib/db";
import { refused } from "@/lib/result";
import { createTestUser, uniqueUsername, type TestEmail } from "@/lib/testing/factories";

const newRoom = () => ({ name: uniqueUsername("Room"), description: "" });
// Uploads are refused the same way in lib/art/publish.test.ts, the one file whose tests write media.

describe("the confirmed-address gate", () => {
  it.each<[TestEmail, string]>([
    ["unverified", "open the link we mailed to"],
    ["none", "add an email address to your account and confirm it"],
  ])("refuses a member whose address is %s a new room, creating nothing", async (standing, says) => {
    const member = await createTestUser("gated", { email: standing });
    const roomRefusal = await createRoom(member.id, newRoom());
    expect(roomRefusal).toEqual(refused(expect.stringContaining(says)));
    expect(roomRefusal).toEqual(refused(expect.stringMatching(/^To start chat rooms, /)));
    expect(await db.chatRoom.count({ where: { createdById: member.id } })).toBe(0);
  });

  it("lets the member in once the address is confirmed through its link", async () => {
    const member = await createTestUser("opened", { email: "unverified" });
    const { token } = await db.$transaction((tx) => issueToken(tx, { userId: member.id, purpose: "VERIFY_EMAIL", email: member.email }));
    expect((await createRoom(member.id, newRoom())).ok).toBe(false);
    expect((await verifyEmail(token, member.id)).ok).toBe(true);
    expect((await createRoom(member.id, newRoom())).ok).toBe(true);
  });

  it("names the address waiting for its link", () => {
    expect(gateMessage({ status: "unverified", email: "ada@example.com" }, "upload artwork")).toBe(
      "To upload artwork, confirm your email address first: open the link we mailed to ada@example.com.",
    );
  });
});

describe("the add-an-address notice", () => {
  it("shows to members without an address until they dismiss it, each for themselves", async () => {
    const [first, second, withAddress] = await Promise.all([
      createTestUser("none", { email: "none" }),
      createTestUser("none", { email: "none" }),
      createTestUser("unverified", { email: "unverified" }),
    ]);
    expect(await noticeShownTo(first.id)).toBe(true);
    expect(await noticeShownTo(withAddress.id)).toBe(false);
    await dismissEmailNotice(first.id);
    expect(await noticeShownTo(first.id)).toBe(false);
    expect(await noticeShownTo(second.id)).toBe(true);
  });
});
