import { describe, expect, it } from "vitest";
import { INVALID_CREDENTIALS_MESSAGE, encodeRefusal, refusalMessage } from "@/lib/auth/refusal";
import { safeRedirectPath, withCallback } from "@/lib/auth/redirect";

describe("log-in refusal messages", () => {
  it("says how many minutes to wait when throttled", () => {
    expect(refusalMessage(encodeRefusal({ ok: false, reason: "throttled", retryAfterMinutes: 12 }))).toBe(
      "Too many attempts. Try again in 12 minutes.",
    );
    expect(refusalMessage(encodeRefusal({ ok: false, reason: "throttled", retryAfterMinutes: 1 }))).toBe(
      "Too many attempts. Try again in 1 minute.",
    );
  });

  it("says until when a member is banned", () => {
    const until = new Date("2026-12-01T09:30:00Z");
    expect(refusalMessage(encodeRefusal({ ok: false, reason: "banned", bannedUntil: until }))).toBe(
      "This account is banned until Tue, 01 Dec 2026 09:30 UTC.",
    );
    expect(refusalMessage(encodeRefusal({ ok: false, reason: "banned", bannedUntil: null }))).toBe("This account has been banned.");
  });

  it("falls back to the one message that reveals nothing", () => {
    expect(refusalMessage(encodeRefusal({ ok: false, reason: "invalid" }))).toBe(INVALID_CREDENTIALS_MESSAGE);
    expect(refusalMessage(undefined)).toBe(INVALID_CREDENTIALS_MESSAGE);
  });
});

describe("redirect after log-in", () => {
  it("follows same-site paths only", () => {
    expect(safeRedirectPath("/upload?x=1")).toBe("/upload?x=1");
    expect(safeRedirectPath("https://evil.example")).toBe("/");
    expect(safeRedirectPath("//evil.example")).toBe("/");
    expect(safeRedirectPath("/\\evil.example")).toBe("/");
    expect(safeRedirectPath(undefined)).toBe("/");
  });

  it("carries the return path between the log-in and sign-up pages", () => {
    expect(withCallback("/register", "/")).toBe("/register");
    expect(withCallback("/login", "/upload?x=1")).toBe("/login?callbackUrl=%2Fupload%3Fx%3D1");
  });
});
