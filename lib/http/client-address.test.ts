import { describe, expect, it } from "vitest";
import { resolveClientAddress } from "@/lib/http/client-address";

describe("the client address", () => {
  it("is the socket's address when no proxy is trusted, whatever X-Forwarded-For claims", () => {
    const spoofed = { socketAddress: "203.0.113.7", forwardedFor: "198.51.100.1, 10.0.0.1" };
    expect(resolveClientAddress(spoofed, false)).toBe("203.0.113.7");
    expect(resolveClientAddress({ socketAddress: "203.0.113.7", forwardedFor: null }, false)).toBe("203.0.113.7");
  });

  it("is the entry the trusted proxy appended last, not the ones the client sent before it", () => {
    const behindNginx = { socketAddress: "127.0.0.1", forwardedFor: "198.51.100.1, 203.0.113.7" };
    expect(resolveClientAddress(behindNginx, true)).toBe("203.0.113.7");
    expect(resolveClientAddress({ socketAddress: "127.0.0.1", forwardedFor: " 2001:DB8::1 " }, true)).toBe("2001:db8::1");
  });

  it("falls back to the socket when the trusted proxy sent no header", () => {
    expect(resolveClientAddress({ socketAddress: "127.0.0.1", forwardedFor: "" }, true)).toBe("127.0.0.1");
    expect(resolveClientAddress({ socketAddress: "127.0.0.1", forwardedFor: null }, true)).toBe("127.0.0.1");
  });

  it("counts an IPv4 peer on a dual-stack socket as its IPv4 address", () => {
    expect(resolveClientAddress({ socketAddress: "::ffff:192.0.2.4", forwardedFor: null }, false)).toBe("192.0.2.4");
  });

  it("names an address it cannot know, so such requests still share one limit", () => {
    expect(resolveClientAddress({ socketAddress: undefined, forwardedFor: "198.51.100.1" }, false)).toBe("unknown");
  });
});
