import { describe, expect, it, vi } from "vitest";
import { authenticate, confirmPassword, loginAccountKey } from "@/lib/auth/authenticate";
import { verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { LIMITS } from "@/lib/rate-limit/limits";
import { TEST_PASSWORD, createTestUser, uniqueUsername } from "@/lib/testing/factories";

// The real Argon2 verification, counted: the limits must refuse before it runs.
vi.mock("@/lib/auth/password", async (original) => {
  const real = await original<typeof import("@/lib/auth/password")>();
  return { ...real, verifyPassword: vi.fn(real.verifyPassword) };
});

const address = () => `203.0.113.${uniqueUsername("a")}`;
const from = (clientAddress: string, knownDevice = false) => ({ address: clientAddress, knownDevice });
const PER_ACCOUNT_AND_ADDRESS = LIMITS.loginAccountAddress.max;

async function guessRepeatedly(username: string, times: number, clientAddress: () => string) {
  for (let i = 0; i < times; i++) await authenticate({ username, password: `guess ${i}` }, from(clientAddress()));
}

describe("authenticate", () => {
  it("signs in with the right password, whatever the letter case of the username", async () => {
    const user = await createTestUser();
    const result = await authenticate({ username: user.username.toUpperCase(), password: TEST_PASSWORD }, from(address()));
    expect(result).toEqual({ ok: true, user: { id: user.id, sessionVersion: 0 } });
  });

  it("answers an unknown username exactly as a wrong password", async () => {
    const user = await createTestUser();
    const wrongPassword = await authenticate({ username: user.username, password: "not the password" }, from(address()));
    const unknownUser = await authenticate({ username: uniqueUsername("ghost"), password: TEST_PASSWORD }, from(address()));
    expect(wrongPassword).toEqual({ ok: false, reason: "invalid" });
    expect(unknownUser).toEqual(wrongPassword);
  });

  it("signs in with the member's email address in any letter case, but not with another member's address", async () => {
    const user = await createTestUser("Mail");
    const other = await createTestUser("other");
    const result = await authenticate({ username: user.email!.toUpperCase(), password: TEST_PASSWORD }, from(address()));
    expect(result).toEqual({ ok: true, user: { id: user.id, sessionVersion: 0 } });
    expect(await authenticate({ username: other.email!, password: TEST_PASSWORD.toUpperCase() }, from(address()))).toEqual({
      ok: false,
      reason: "invalid",
    });
  });

  it("answers an unknown address exactly as a wrong password, after the same password check", async () => {
    const user = await createTestUser();
    vi.mocked(verifyPassword).mockClear();
    const wrongPassword = await authenticate({ username: user.email!, password: "not the password" }, from(address()));
    const unknown = await authenticate({ username: `${uniqueUsername("ghost")}@example.com`, password: TEST_PASSWORD }, from(address()));
    expect(wrongPassword).toEqual({ ok: false, reason: "invalid" });
    expect(unknown).toEqual(wrongPassword);
    expect(vi.mocked(verifyPassword)).toHaveBeenCalledTimes(2);
  });

  it("counts guesses by username and by address against the one account", async () => {
    const user = await createTestUser();
    const guesser = address();
    const half = Math.ceil(PER_ACCOUNT_AND_ADDRESS / 2);
    await guessRepeatedly(user.username, half, () => guesser);
    await guessRepeatedly(user.email!, PER_ACCOUNT_AND_ADDRESS - half, () => guesser);
    expect(await authenticate({ username: user.email!, password: TEST_PASSWORD }, from(guesser))).toMatchObject({ reason: "throttled" });
    expect(await loginAccountKey(user.email!.toUpperCase())).toBe(user.username.toLowerCase());
  });

  it("refuses even the right password from an address that has been guessing, with the wait", async () => {
    const user = await createTestUser();
    const guesser = address();
    await guessRepeatedly(user.username, PER_ACCOUNT_AND_ADDRESS, () => guesser);
    const result = await authenticate({ username: user.username, password: TEST_PASSWORD }, from(guesser));
    // The next guess is allowed once one turn has refilled: 90 s after the first guess by default.
    const refill = LIMITS.loginAccountAddress.windowMs / PER_ACCOUNT_AND_ADDRESS;
    expect(result).toEqual({ ok: false, reason: "throttled", retryAfterMs: expect.any(Number) });
    expect(result.ok === false && result.reason === "throttled" && result.retryAfterMs).toBeGreaterThan(refill - 30_000);
  });

  it("checks at most the limit's passwords when many guesses arrive at once", async () => {
    const user = await createTestUser();
    const guesser = address();
    vi.mocked(verifyPassword).mockClear();
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) => authenticate({ username: user.username, password: `guess ${i}` }, from(guesser))),
    );
    expect(vi.mocked(verifyPassword)).toHaveBeenCalledTimes(PER_ACCOUNT_AND_ADDRESS);
    expect(results.filter((result) => result.ok === false && result.reason === "invalid")).toHaveLength(PER_ACCOUNT_AND_ADDRESS);
    expect(results.filter((result) => result.ok === false && result.reason === "throttled")).toHaveLength(50 - PER_ACCOUNT_AND_ADDRESS);
  });

  it("lets the member in from an address that has not been failing while a stranger guesses at the account", async () => {
    const user = await createTestUser();
    await guessRepeatedly(user.username, PER_ACCOUNT_AND_ADDRESS * 2, () => "198.51.100.66");
    expect((await authenticate({ username: user.username, password: TEST_PASSWORD }, from(address()))).ok).toBe(true);
  });

  it("holds guesses from many addresses at the account-wide ceiling, except from the member's own browser", async () => {
    const user = await createTestUser();
    await guessRepeatedly(user.username, LIMITS.loginAccount.max, address);
    const credentials = { username: user.username, password: TEST_PASSWORD };
    expect(await authenticate(credentials, from(address()))).toMatchObject({ ok: false, reason: "throttled" });
    expect(await authenticate(credentials, from(address(), true))).toMatchObject({ ok: true });
  });

  it("slows one address trying many accounts", async () => {
    const sprayer = address();
    for (let i = 0; i < LIMITS.loginAddress.max; i++) {
      await authenticate({ username: uniqueUsername("target"), password: "Summer2026!" }, from(sprayer));
    }
    const user = await createTestUser();
    expect(await authenticate({ username: user.username, password: TEST_PASSWORD }, from(sprayer))).toMatchObject({ reason: "throttled" });
  });

  it("does not count a successful log-in, and forgives the address's earlier failures on the account", async () => {
    const user = await createTestUser();
    const member = address();
    await guessRepeatedly(user.username, PER_ACCOUNT_AND_ADDRESS - 1, () => member);
    expect((await authenticate({ username: user.username, password: TEST_PASSWORD }, from(member))).ok).toBe(true);
    await guessRepeatedly(user.username, PER_ACCOUNT_AND_ADDRESS - 1, () => member);
    expect((await authenticate({ username: user.username, password: TEST_PASSWORD }, from(member))).ok).toBe(true);
  });

  it("refuses a banned member and admits them again when the ban has ended", async () => {
    const user = await createTestUser();
    const bannedUntil = new Date(Date.now() + 86_400_000);
    await db.user.update({ where: { id: user.id }, data: { bannedAt: new Date(), bannedUntil, banReason: "Spam: in comments" } });
    expect(await authenticate({ username: user.username, password: TEST_PASSWORD }, from(address()))).toEqual({
      ok: false,
      reason: "banned",
      bannedUntil,
      banReason: "Spam: in comments",
    });
    const afterBan = new Date(bannedUntil.getTime() + 1000);
    expect((await authenticate({ username: user.username, password: TEST_PASSWORD }, from(address()), afterBan)).ok).toBe(true);
  });
});

describe("confirming a signed-in member's password", () => {
  it("accepts the member's password and refuses any other", async () => {
    const user = await createTestUser();
    expect(await confirmPassword(user.id, TEST_PASSWORD, address())).toEqual({ ok: true });
    expect(await confirmPassword(user.id, "not the password", address())).toEqual({ ok: false, reason: "invalid" });
    expect(await confirmPassword("nosuchmember0000", TEST_PASSWORD, address())).toEqual({ ok: false, reason: "invalid" });
  });

  it("counts wrong answers as failed log-ins from that address, so a stolen session cannot guess faster than the log-in form", async () => {
    const user = await createTestUser();
    const thief = address();
    for (let i = 0; i < PER_ACCOUNT_AND_ADDRESS; i++) await confirmPassword(user.id, `guess ${i}`, thief);
    expect(await confirmPassword(user.id, TEST_PASSWORD, thief)).toMatchObject({ ok: false, reason: "throttled" });
    expect(await authenticate({ username: user.username, password: TEST_PASSWORD }, from(thief))).toMatchObject({ reason: "throttled" });
  });

  it("checks at most the limit's passwords when many confirmations arrive at once", async () => {
    const user = await createTestUser();
    vi.mocked(verifyPassword).mockClear();
    const thief = address();
    await Promise.all(Array.from({ length: 30 }, (_, i) => confirmPassword(user.id, `guess ${i}`, thief)));
    expect(vi.mocked(verifyPassword)).toHaveBeenCalledTimes(PER_ACCOUNT_AND_ADDRESS);
  });
});
