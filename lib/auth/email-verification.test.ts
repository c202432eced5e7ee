import { describe, expect, it } from "vitest";
import { TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_LIFETIME_MS, TOKEN_USED } from "@/lib/auth/account-tokens";
import {
  ADDRESS_CHANGED_MESSAGE,
  ALREADY_VERIFIED_MESSAGE,
  NO_ADDRESS_MESSAGE,
  OTHER_ACCOUNT_MESSAGE,
  VERIFIED_MESSAGE,
  resendVerification,
  verificationLinkState,
  verifyEmail,
} from "@/lib/auth/email-verification";
import { db } from "@/lib/db";
import { LIMITS } from "@/lib/rate-limit/limits";
import { done, refused } from "@/lib/result";
import { createTestUser } from "@/lib/testing/factories";

/** The token in the newest verification mail to the member, as its reader would follow it. */
async function linkedToken(userId: string): Promise<string> {
  const mail = await db.outgoingMail.findFirstOrThrow({ where: { userId, kind: "verify-email" }, orderBy: { createdAt: "desc" } });
  const link = new URL(/https?:\/\/\S+\/verify-email\?\S+/.exec(mail.text)![0]);
  return link.searchParams.get("token")!;
}

async function unverifiedMember() {
  const member = await createTestUser("unverified", { email: "unverified" });
  expect((await resendVerification(member.id)).ok).toBe(true);
  return { ...member, token: await linkedToken(member.id) };
}

const verifiedAt = async (userId: string) => (await db.user.findUniqueOrThrow({ where: { id: userId } })).emailVerifiedAt;

describe("confirming an address", () => {
  it("confirms it from the mailed link, signed in or not, and the link works once", async () => {
    const member = await unverifiedMember();
    expect(await verificationLinkState(member.token)).toEqual(done("ready"));
    expect(await verifyEmail(member.token, null)).toEqual(done(undefined, VERIFIED_MESSAGE));
    expect(await verifiedAt(member.id)).toEqual(expect.any(Date));
    expect(await verifyEmail(member.token, member.id)).toEqual(refused(TOKEN_USED));
    // The page the link opens again (a form posted without JavaScript renders it anew) says it is done.
    expect(await verificationLinkState(member.token)).toEqual(done("confirmed", VERIFIED_MESSAGE));

    const signedIn = await unverifiedMember();
    expect((await verifyEmail(signedIn.token, signedIn.id)).ok).toBe(true);
    expect(await verifiedAt(signedIn.id)).toEqual(expect.any(Date));
  });

  it("does not confirm another member who is signed in when they open the link, nor use it up", async () => {
    const owner = await unverifiedMember();
    const other = await createTestUser("other", { email: "unverified" });
    expect(await verifyEmail(owner.token, other.id)).toEqual(refused(OTHER_ACCOUNT_MESSAGE));
    expect(await verifiedAt(other.id)).toBeNull();
    expect(await verifiedAt(owner.id)).toBeNull();
    expect((await verifyEmail(owner.token, owner.id)).ok).toBe(true);
  });

  it("refuses an expired, a forged and an older link with their messages, changing nothing", async () => {
    const member = await unverifiedMember();
    const later = new Date(Date.now() + TOKEN_LIFETIME_MS.VERIFY_EMAIL + 1_000);
    expect(await verifyEmail(member.token, null, later)).toEqual(refused(TOKEN_EXPIRED));
    const [id, secret] = member.token.split(".");
    const forged = `${id}.${secret.slice(0, -1)}${secret.endsWith("A") ? "B" : "A"}`;
    expect(await verifyEmail(forged, null)).toEqual(refused(TOKEN_INVALID));
    expect(await verificationLinkState(forged)).toEqual(refused(TOKEN_INVALID));
    expect(await verifyEmail("not-a-token", null)).toEqual(refused(TOKEN_INVALID));
    expect(await verifiedAt(member.id)).toBeNull();

    // A new link makes the older one stop working.
    expect((await resendVerification(member.id)).ok).toBe(true);
    expect(await verifyEmail(member.token, null)).toEqual(refused(TOKEN_USED));
    expect(await verificationLinkState(member.token)).toEqual(refused(TOKEN_USED));
    expect((await verifyEmail(await linkedToken(member.id), null)).ok).toBe(true);
  });

  it("leaves unconfirmed an address replaced since the link was mailed", async () => {
    const member = await unverifiedMember();
    const replacement = `new-${member.email}`;
    await db.user.update({ where: { id: member.id }, data: { email: replacement, emailKey: replacement.toLowerCase() } });
    expect(await verifyEmail(member.token, member.id)).toEqual(refused(ADDRESS_CHANGED_MESSAGE));
    expect(await verifiedAt(member.id)).toBeNull();
  });
});

describe("sending the link again", () => {
  it("mails a new link to the member's own address only, up to the limit, then says when to ask again", async () => {
    const member = await createTestUser("again", { email: "unverified" });
    const bystander = await createTestUser("bystander", { email: "unverified" });
    for (let i = 0; i < LIMITS.verificationMail.max; i++) {
      expect(await resendVerification(member.id)).toEqual(
        done(undefined, `We sent a new link to ${member.email}. It can take a few minutes to arrive.`),
      );
    }
    expect(await resendVerification(member.id)).toEqual(
      refused(expect.stringMatching(/^You can ask for \d+ links? .+\. Try again in .+\.$/)),
    );
    expect(await db.outgoingMail.count({ where: { to: member.email!, kind: "verify-email" } })).toBe(LIMITS.verificationMail.max);
    expect(await db.outgoingMail.count({ where: { userId: bystander.id } })).toBe(0);
  });

  it("asks a member without an address to add one, and tells a confirmed one there is nothing to do, mailing neither", async () => {
    const none = await createTestUser("none", { email: "none" });
    expect(await resendVerification(none.id)).toEqual(refused(NO_ADDRESS_MESSAGE));
    const confirmed = await createTestUser("confirmed");
    expect(await resendVerification(confirmed.id)).toEqual(done(undefined, ALREADY_VERIFIED_MESSAGE));
    expect(await db.outgoingMail.count({ where: { userId: { in: [none.id, confirmed.id] } } })).toBe(0);
  });
});
