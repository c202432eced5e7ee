import { describe, expect, it, vi } from "vitest";
import { signUp } from "@/lib/auth/accounts";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { LIMITS } from "@/lib/rate-limit/limits";
import { refused } from "@/lib/result";
import { TEST_PASSWORD, createTestUser, uniqueUsername } from "@/lib/testing/factories";
import { USERNAME_TAKEN_MESSAGE } from "@/lib/auth/schemas";

// The real Argon2 hash, counted: a refused sign-up must not cost one.
vi.mock("@/lib/auth/password", async (original) => {
  const real = await original<typeof import("@/lib/auth/password")>();
  return { ...real, hashPassword: vi.fn(real.hashPassword) };
});

const address = () => `198.51.100.${uniqueUsername("signup")}`;
const newMember = () => ({ username: uniqueUsername("new"), password: TEST_PASSWORD });

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
      expect(await signUp({ username: taken.username.toUpperCase(), password: TEST_PASSWORD }, network)).toEqual(
        refused(USERNAME_TAKEN_MESSAGE, "username"),
      );
    }
    expect(hashPassword).not.toHaveBeenCalled();
    expect((await signUp(newMember(), network)).ok).toBe(true);
  });
});
