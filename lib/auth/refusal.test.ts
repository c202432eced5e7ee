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

  it("says until when and why a member is banned", () => {
    const until = new Date("2026-12-01T09:30:00Z");
    expect(refusalMessage(encodeRefusal({ ok: false, reason: "banned", bannedUntil: until, banReason: "spam in comments." }))).toBe(
      "This account is banned until Tue, 01 Dec 2026 09:30 UTC. Reason: spam in comments.",
    );
    expect(refusalMessage(encodeRefusal({ ok: false, reason: "banned", bannedUntil: null, banReason: "Stolen art" }))).toBe(
      "This account is banned permanently. Reason: Stolen art",
    );
  });

  it("keeps a reason with colons, quotes, line breaks and any script whole", () => {
    const banReason = 'Rule 3: "no spam": see https://example.org/rules?a=1&b=2\nand 日本語 🎨 base64:AAAA==';
    expect(refusalMessage(encodeRefusal({ ok: false, reason: "banned", bannedUntil: null, banReason }))).toBe(
      `This account is banned permanently. Reason: ${banReason}`,
    );
  });

  it("leaves out an empty reason and reads a mangled ban code as a plain ban", () => {
    expect(refusalMessage(encodeRefusal({ ok: false, reason: "banned", bannedUntil: null, banReason: "" }))).toBe(
      "This account is banned permanently.",
    );
    expect(refusalMessage("banned:not-json")).toBe("This account is banned.");
    expect(refusalMessage(`banned:${Buffer.from('{"until":"soon","reason":1}').toString("base64url")}`)).toBe("This account is banned.");
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
