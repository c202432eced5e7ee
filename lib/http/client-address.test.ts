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
  });

  it("falls back to the socket when the trusted proxy sent no header", () => {
    expect(resolveClientAddress({ socketAddress: "127.0.0.1", forwardedFor: "" }, true)).toBe("127.0.0.1");
    expect(resolveClientAddress({ socketAddress: "127.0.0.1", forwardedFor: null }, true)).toBe("127.0.0.1");
  });

  it("counts an IPv4 peer on a dual-stack socket as its IPv4 address", () => {
    expect(resolveClientAddress({ socketAddress: "::ffff:192.0.2.4", forwardedFor: null }, false)).toBe("192.0.2.4");
  });

  it("counts an IPv6 client by its /64 network, which one subscriber usually holds whole", () => {
    const ipv6 = (socketAddress: string) => resolveClientAddress({ socketAddress, forwardedFor: null }, false);
    expect(ipv6("2001:DB8:0:1:aaaa::1")).toBe("2001:db8:0:1::/64");
    expect(ipv6("2001:db8:0:1:ffff:ffff:ffff:ffff")).toBe("2001:db8:0:1::/64");
    expect(ipv6("2001:0db8:0000:0001::")).toBe("2001:db8:0:1::/64");
    expect(ipv6("2001:db8::7")).toBe("2001:db8:0:0::/64");
    expect(ipv6("::1")).toBe("0:0:0:0::/64");
    expect(ipv6("fe80::1%eth0")).toBe("fe80:0:0:0::/64");
    expect(ipv6("64:ff9b::192.0.2.1")).toBe("64:ff9b:0:0::/64");
    expect(resolveClientAddress({ socketAddress: "127.0.0.1", forwardedFor: " 2001:DB8::1 " }, true)).toBe("2001:db8:0:0::/64");
  });

  it("names an address it cannot know, so such requests still share one limit", () => {
    expect(resolveClientAddress({ socketAddress: undefined, forwardedFor: "198.51.100.1" }, false)).toBe("unknown");
  });
});
