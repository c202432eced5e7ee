import { describe, expect, it, vi } from "vitest";
import { signUp } from "@/lib/auth/accounts";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { LIMITS } from "@/lib/rate-limit/limits";
import { refused } from "@/lib/result";
import { TEST_PASSWORD, createTestUser, uniqueUsername } from "@/lib/testing/factories";
import { registerSchema, USERNAME_TAKEN_MESSAGE } from "@/lib/auth/schemas";

// The real Argon2 hash, counted: a refused sign-up must not cost one.
vi.mock("@/lib/auth/password", async (original) => {
  const real = await original<typeof import("@/lib/auth/password")>();
  return { ...real, hashPassword: vi.fn(real.hashPassword) };
});

const address = () => `198.51.100.${uniqueUsername("signup")}`;
const newMember = (email?: string) => {
  const username = uniqueUsername("new");
  return { username, email: email ?? `${username}@example.com`, password: TEST_PASSWORD };
};
const mailsTo = (to: string) => db.outgoingMail.findMany({ where: { to }, select: { kind: true, userId: true, text: true } });

describe("signing up", () => {
  it("takes the limit's sign-ups from one address, then refuses with the wait, creating and hashing nothing", async () => {
    const network = address();
    for (let i = 0; i < LIMITS.signup.max; i++) expect((await signUp(newMember(), network)).ok).toBe(true);
    vi.mocked(hashPassword).mockClear();
    const oneTooMany = newMember();
    expect(await signUp(oneTooMany, network)).toEqual(
      refused(expect.stringMatching(/^Too many accounts were created from your network\. Try again in \d+ \w+\.$/)),
    );
    expect(await db.user.count({ where: { usernameKey: oneTooMany.username.toLowerCase() } })).toBe(0);
    expect(hashPassword).not.toHaveBeenCalled();
    expect((await signUp(newMember(), address())).ok).toBe(true);
  });

  it("refuses a taken name before hashing and without using up a sign-up", async () => {
    const taken = await createTestUser();
    const network = address();
    vi.mocked(hashPassword).mockClear();
    for (let i = 0; i <= LIMITS.signup.max; i++) {
      expect(await signUp({ ...newMember(), username: taken.username.toUpperCase() }, network)).toEqual(
        refused(USERNAME_TAKEN_MESSAGE, "username"),
      );
    }
    expect(hashPassword).not.toHaveBeenCalled();
    expect((await signUp(newMember(), network)).ok).toBe(true);
  });

  it("holds a free address for the new member, unconfirmed, and mails it a link, all in the sign-up", async () => {
    const member = newMember();
    // Through the form's rule, which stores the domain in lower case.
    const signedUp = await signUp(
      registerSchema.parse({ ...member, email: ` ${member.email.replace("example.com", "Example.COM")} ` }),
      address(),
    );
    expect(signedUp.ok).toBe(true);
    const userId = signedUp.ok ? signedUp.value : "";
    const row = await db.user.findUniqueOrThrow({ where: { id: userId } });
    expect(row).toMatchObject({ email: member.email, emailKey: member.email.toLowerCase(), emailVerifiedAt: null });
    expect(await db.accountToken.count({ where: { userId, purpose: "VERIFY_EMAIL", email: member.email, usedAt: null } })).toBe(1);
    const [mail, ...others] = await mailsTo(member.email);
    expect(others).toEqual([]);
    expect(mail).toMatchObject({ kind: "verify-email", userId, text: expect.stringContaining("/verify-email?token=") });
  });

  it("answers a taken address exactly as a free one, creates the account without it and tells only the owner, by mail", async () => {
    const owner = await createTestUser("owner");
    const free = await signUp(newMember(), address());
    const intruder = newMember(owner.email!.toUpperCase());
    const taken = await signUp(intruder, address());
    expect(taken).toEqual({ ok: true, value: expect.any(String) });
    expect(Object.keys(taken)).toEqual(Object.keys(free));

    const newcomer = await db.user.findUniqueOrThrow({ where: { usernameKey: intruder.username.toLowerCase() } });
    expect(newcomer).toMatchObject({ email: null, emailKey: null, emailVerifiedAt: null });
    expect(await db.accountToken.count({ where: { userId: newcomer.id } })).toBe(0);
    expect(await db.outgoingMail.count({ where: { userId: newcomer.id } })).toBe(0);
    expect(await mailsTo(owner.email!)).toEqual([
      {
        kind: "signup-address-taken",
        userId: owner.id,
        text: expect.stringContaining("Someone just tried to create a new Artist Collective account"),
      },
    ]);
    expect(await db.user.findUniqueOrThrow({ where: { id: owner.id } })).toMatchObject({
      email: owner.email,
      emailVerifiedAt: expect.any(Date),
    });
  });

  it("gives the address to one of two sign-ups racing for it, and the other the same answer without it", async () => {
    const email = `${uniqueUsername("race")}@example.com`;
    const results = await Promise.all([signUp(newMember(email), address()), signUp(newMember(email), address())]);
    expect(results.map((result) => result.ok)).toEqual([true, true]);
    const holders = await db.user.findMany({ where: { id: { in: results.map((result) => (result.ok ? result.value : "")) } } });
    expect(holders.map((holder) => holder.email).sort()).toEqual([email, null].sort());
    expect((await mailsTo(email)).map((mail) => mail.kind).sort()).toEqual(["signup-address-taken", "verify-email"]);
  });
});
