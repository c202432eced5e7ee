import { describe, expect, it } from "vitest";
import { INVALID_CREDENTIALS_MESSAGE, encodeRefusal, refusalMessage } from "@/lib/auth/refusal";

describe("log-in refusal messages", () => {
  it("says how long to wait when throttled", () => {
    expect(refusalMessage(encodeRefusal({ ok: false, reason: "throttled", retryAfterMs: 12 * 60_000 }))).toBe(
      "Too many attempts. Try again in 12 minutes.",
    );
    expect(refusalMessage(encodeRefusal({ ok: false, reason: "throttled", retryAfterMs: 40_000 }))).toBe(
      "Too many attempts. Try again in 40 seconds.",
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
