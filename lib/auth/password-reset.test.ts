import { randomUUID } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_USED } from "@/lib/auth/account-tokens";
import { authenticate } from "@/lib/auth/authenticate";
import { PASSWORD_RESET_DONE, RESET_LINK_SENT, requestPasswordReset, resetPassword } from "@/lib/auth/password-reset";
import { db } from "@/lib/db";
import { LIMITS } from "@/lib/rate-limit/limits";
import { done, refused } from "@/lib/result";
import { createMemberWithEmail, linkTokenIn, mailsTo, uniqueEmail } from "@/lib/testing/email-members";
import { TEST_PASSWORD } from "@/lib/testing/factories";
import { siteUrl } from "@/lib/mail/site-url";

// A reset ends live chat connections through the realtime server's API; a stand-in answers it.
await vi.hoisted(async () => (await import("@/lib/testing/realtime-stand-in")).standInForTestFile());

const NEW_PASSWORD = "quiet lantern orchard";
const HOUR = 3_600_000;
/** A client address of its own for each request, so that only the test of the per-client limit meets it. */
const client = () => `203.0.113.1:${randomUUID()}`;

const accountOf = (id: string) =>
  db.user.findUniqueOrThrow({ where: { id }, select: { passwordHash: true, sessionVersion: true, email: true, emailVerifiedAt: true } });

const logIn = (username: string, password: string) =>
  authenticate({ username, password }, { address: `198.51.100.${Math.random()}`, knownDevice: false });

async function resetLinkFor(email: string, now?: Date): Promise<string> {
  expect(await requestPasswordReset(email, client(), now)).toEqual(done(undefined, RESET_LINK_SENT));
  const mail = (await mailsTo(email)).at(-1)!;
  expect(mail.kind).toBe("reset-password");
  return linkTokenIn(mail);
}

describe("asking for a reset link", () => {
  it("answers a known and an unknown address alike, and mails only the known one", async () => {
    const member = await createMemberWithEmail();
    const unknown = uniqueEmail("nobody");
    const known = await requestPasswordReset(member.email, client());
    expect(await requestPasswordReset(unknown, client())).toEqual(known);
    expect(await mailsTo(unknown)).toEqual([]);
    const [mail] = await mailsTo(member.email);
    expect(mail.subject).toBe("Reset your Artist Collective password");
    expect(mail.text).toContain(siteUrl("/reset-password?token="));
    expect(mail.text).toContain(member.username);
  });

  it("finds the account ignoring the letter case of the address", async () => {
    const member = await createMemberWithEmail();
    await requestPasswordReset(member.email.toUpperCase(), client());
    expect(await mailsTo(member.email)).toHaveLength(1);
  });

  it("sends the link to an address not confirmed yet: following it proves the inbox is the member's", async () => {
    const member = await createMemberWithEmail({ verified: false });
    const token = await resetLinkFor(member.email);
    expect(await resetPassword(token, NEW_PASSWORD)).toEqual(done(undefined, PASSWORD_RESET_DONE));
    expect((await accountOf(member.id)).emailVerifiedAt).not.toBeNull();
  });

  it("limits requests per address, known or not, with the same refusal", async () => {
    const member = await createMemberWithEmail();
    const unknown = uniqueEmail("nobody");
    for (let turn = 0; turn < LIMITS.passwordResetAddress.max; turn++) {
      await requestPasswordReset(member.email, client());
      await requestPasswordReset(unknown, client());
    }
    const [overKnown, overUnknown] = [await requestPasswordReset(member.email, client()), await requestPasswordReset(unknown, client())];
    expect(overKnown).toMatchObject({ ok: false, field: "email" });
    expect(overKnown.ok || overKnown.message).toMatch(/^You can ask for 3 reset links an hour\. Try again in/);
    expect(overUnknown).toEqual(overKnown);
    expect(await mailsTo(member.email)).toHaveLength(LIMITS.passwordResetAddress.max);
  });

  it("past the per-account limit answers as if it had sent a link, and sends none", async () => {
    const member = await createMemberWithEmail();
    const { max } = LIMITS.passwordResetAccount;
    // Spread out so that the per-address limit, the tighter one, lets each through.
    const at = (turn: number) => new Date(Date.now() + turn * 25 * 60_000);
    for (let turn = 0; turn < max; turn++)
      expect(await requestPasswordReset(member.email, client(), at(turn))).toEqual(done(undefined, RESET_LINK_SENT));
    expect(await requestPasswordReset(member.email, client(), at(max))).toEqual(done(undefined, RESET_LINK_SENT));
    expect(await mailsTo(member.email)).toHaveLength(max);
  });
});

describe("setting a new password from the link", () => {
  it("sets it, ends every session, signs nobody in, and mails a notice", async () => {
    const member = await createMemberWithEmail();
    const before = await accountOf(member.id);
    const token = await resetLinkFor(member.email);
    expect(await resetPassword(token, NEW_PASSWORD)).toEqual(done(undefined, PASSWORD_RESET_DONE));
    const after = await accountOf(member.id);
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    expect(await logIn(member.username, TEST_PASSWORD)).toMatchObject({ ok: false });
    expect(await logIn(member.username, NEW_PASSWORD)).toMatchObject({ ok: true });
    expect((await mailsTo(member.email)).map((mail) => mail.kind)).toEqual(["reset-password", "password-changed"]);
  });

  it("works once", async () => {
    const member = await createMemberWithEmail();
    const token = await resetLinkFor(member.email);
    await resetPassword(token, NEW_PASSWORD);
    const after = await accountOf(member.id);
    expect(await resetPassword(token, "another fine password")).toEqual(refused(TOKEN_USED));
    expect(await accountOf(member.id)).toEqual(after);
  });

  it("refuses an expired, forged or superseded link, changing nothing", async () => {
    const member = await createMemberWithEmail();
    const before = await accountOf(member.id);
    const first = await resetLinkFor(member.email);
    const second = await resetLinkFor(member.email);
    expect(await resetPassword(second, NEW_PASSWORD, new Date(Date.now() + HOUR + 1000))).toEqual(refused(TOKEN_EXPIRED));
    expect(await resetPassword(first, NEW_PASSWORD)).toEqual(refused(TOKEN_USED));
    const [id, secret] = second.split(".");
    const forged = `${id}.${secret.slice(0, -1)}${secret.endsWith("A") ? "B" : "A"}`;
    for (const bad of [forged, "", "x".repeat(10_000), `${id}.`])
      expect(await resetPassword(bad, NEW_PASSWORD)).toEqual(refused(TOKEN_INVALID));
    expect(await accountOf(member.id)).toEqual(before);
  });

  it("does nothing with a link mailed to an address the account no longer has", async () => {
    const member = await createMemberWithEmail();
    const token = await resetLinkFor(member.email);
    const email = uniqueEmail("moved");
    await db.user.update({ where: { id: member.id }, data: { email, emailKey: email } });
    const before = await accountOf(member.id);
    expect(await resetPassword(token, NEW_PASSWORD)).toEqual(refused(TOKEN_INVALID));
    expect(await accountOf(member.id)).toEqual(before);
  });

  it("limits requests from one client across many addresses, with a message about the network", async () => {
    const sprayer = `198.51.100.7:${randomUUID()}`;
    const { max } = LIMITS.passwordResetClient;
    for (let turn = 0; turn < max; turn++) expect((await requestPasswordReset(uniqueEmail("spray"), sprayer)).ok).toBe(true);
    const member = await createMemberWithEmail();
    const refusal = await requestPasswordReset(member.email, sprayer);
    expect(refusal).toMatchObject({ ok: false, field: "email" });
    expect(refusal.ok || refusal.message).toMatch(/^Too many reset links were asked for from your network\. Try again in/);
    expect(await mailsTo(member.email)).toHaveLength(0);
    expect((await requestPasswordReset(member.email, client())).ok).toBe(true);
  });
});
