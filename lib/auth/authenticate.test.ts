import { describe, expect, it } from "vitest";
import { authenticate, confirmPassword } from "@/lib/auth/authenticate";
import { MAX_FAILURES_PER_ACCOUNT } from "@/lib/auth/throttle";
import { db } from "@/lib/db";
import { TEST_PASSWORD, createTestUser, uniqueUsername } from "@/lib/testing/factories";

const address = () => `203.0.113.${uniqueUsername("a")}`;

describe("authenticate", () => {
  it("signs in with the right password, whatever the letter case of the username", async () => {
    const user = await createTestUser();
    const result = await authenticate({ username: user.username.toUpperCase(), password: TEST_PASSWORD }, address());
    expect(result).toEqual({ ok: true, user: { id: user.id, sessionVersion: 0 } });
  });

  it("answers an unknown username exactly as a wrong password", async () => {
    const user = await createTestUser();
    const wrongPassword = await authenticate({ username: user.username, password: "not the password" }, address());
    const unknownUser = await authenticate({ username: uniqueUsername("ghost"), password: TEST_PASSWORD }, address());
    expect(wrongPassword).toEqual({ ok: false, reason: "invalid" });
    expect(unknownUser).toEqual(wrongPassword);
  });

  it("refuses even the right password once the account is throttled", async () => {
    const user = await createTestUser();
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) {
      await authenticate({ username: user.username, password: "guess" }, address());
    }
    const result = await authenticate({ username: user.username, password: TEST_PASSWORD }, address());
    expect(result).toEqual({ ok: false, reason: "throttled", retryAfterMinutes: 15 });
  });

  it("refuses a banned member and admits them again when the ban has ended", async () => {
    const user = await createTestUser();
    const bannedUntil = new Date(Date.now() + 86_400_000);
    await db.user.update({ where: { id: user.id }, data: { bannedAt: new Date(), bannedUntil, banReason: "Spam: in comments" } });
    expect(await authenticate({ username: user.username, password: TEST_PASSWORD }, address())).toEqual({
      ok: false,
      reason: "banned",
      bannedUntil,
      banReason: "Spam: in comments",
    });
    const afterBan = new Date(bannedUntil.getTime() + 1000);
    expect((await authenticate({ username: user.username, password: TEST_PASSWORD }, address(), afterBan)).ok).toBe(true);
  });
});

describe("confirming a signed-in member's password", () => {
  it("accepts the member's password and refuses any other", async () => {
    const user = await createTestUser();
    expect(await confirmPassword(user.id, TEST_PASSWORD, address())).toEqual({ ok: true });
    expect(await confirmPassword(user.id, "not the password", address())).toEqual({ ok: false, reason: "invalid" });
    expect(await confirmPassword("nosuchmember0000", TEST_PASSWORD, address())).toEqual({ ok: false, reason: "invalid" });
  });

  it("counts wrong answers as failed log-ins, so a stolen session cannot guess faster than the log-in form", async () => {
    const user = await createTestUser();
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) await confirmPassword(user.id, `guess ${i}`, address());
    expect(await confirmPassword(user.id, TEST_PASSWORD, address())).toEqual({ ok: false, reason: "throttled", retryAfterMinutes: 15 });
    expect(await authenticate({ username: user.username, password: TEST_PASSWORD }, address())).toMatchObject({ reason: "throttled" });
  });
});
