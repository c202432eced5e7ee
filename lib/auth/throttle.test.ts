import { describe, expect, it } from "vitest";
import {
  MAX_FAILURES_PER_ACCOUNT,
  MAX_FAILURES_PER_ADDRESS,
  THROTTLE_WINDOW_MS,
  checkThrottle,
  clearAccountFailures,
  minutesUntil,
  recordFailedLogin,
} from "@/lib/auth/throttle";
import { uniqueUsername } from "@/lib/testing/factories";

const minutes = (n: number) => n * 60_000;

async function fail(key: { accountKey: string; clientAddress: string }, times: number, at: Date) {
  for (let i = 0; i < times; i++) await recordFailedLogin(key, at);
}

function uniqueAddress() {
  return `198.51.100.${Math.floor(Math.random() * 250)}-${uniqueUsername("ip")}`;
}

describe("failed log-in throttling", () => {
  it("allows attempts until the account reaches its limit, then says how long to wait", async () => {
    const start = new Date("2026-01-01T10:00:00Z");
    const key = { accountKey: uniqueUsername(), clientAddress: uniqueAddress() };
    await fail(key, MAX_FAILURES_PER_ACCOUNT - 1, start);
    expect(await checkThrottle(key, start)).toEqual({ throttled: false });

    await fail(key, 1, start);
    const status = await checkThrottle(key, new Date(start.getTime() + minutes(3)));
    expect(status).toEqual({ throttled: true, retryAfterMs: THROTTLE_WINDOW_MS - minutes(3) });
  });

  it("lifts by itself once the window has passed, so no one is locked out for good", async () => {
    const start = new Date("2026-01-01T10:00:00Z");
    const key = { accountKey: uniqueUsername(), clientAddress: uniqueAddress() };
    await fail(key, MAX_FAILURES_PER_ACCOUNT, start);
    expect((await checkThrottle(key, new Date(start.getTime() + THROTTLE_WINDOW_MS - 1000))).throttled).toBe(true);
    expect(await checkThrottle(key, new Date(start.getTime() + THROTTLE_WINDOW_MS + 1))).toEqual({ throttled: false });
  });

  it("throttles one address trying many accounts", async () => {
    const now = new Date("2026-01-01T10:00:00Z");
    const clientAddress = uniqueAddress();
    for (let i = 0; i < MAX_FAILURES_PER_ADDRESS; i++) {
      await recordFailedLogin({ accountKey: uniqueUsername(), clientAddress }, now);
    }
    const freshAccount = { accountKey: uniqueUsername(), clientAddress };
    expect((await checkThrottle(freshAccount, now)).throttled).toBe(true);
    expect((await checkThrottle({ ...freshAccount, clientAddress: uniqueAddress() }, now)).throttled).toBe(false);
  });

  it("forgives an account's failures after a successful log-in", async () => {
    const now = new Date("2026-01-01T10:00:00Z");
    const key = { accountKey: uniqueUsername(), clientAddress: uniqueAddress() };
    await fail(key, MAX_FAILURES_PER_ACCOUNT, now);
    await clearAccountFailures(key.accountKey);
    expect(await checkThrottle(key, now)).toEqual({ throttled: false });
  });

  it("rounds the wait up to whole minutes, never saying zero", () => {
    expect(minutesUntil(1)).toBe(1);
    expect(minutesUntil(minutes(14) + 1)).toBe(15);
  });
});
