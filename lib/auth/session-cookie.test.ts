import { describe, expect, it } from "vitest";
import { isSessionCookie } from "@/lib/auth/session-cookie";

describe("the session cookie", () => {
  it("is Auth.js's, over http or https, whole or in chunks", () => {
    const names = ["authjs.session-token", "__Secure-authjs.session-token", "authjs.session-token.0", "__Secure-authjs.session-token.12"];
    expect(names.filter(isSessionCookie)).toEqual(names);
  });

  it("is no other cookie, however alike", () => {
    const names = ["authjs.csrf-token", "authjs.callback-url", "known-device", "authjs.session-token-x", "x-authjs.session-token", "theme"];
    expect(names.filter(isSessionCookie)).toEqual([]);
  });
});
