import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { MEDIA_CONTENT_SECURITY_POLICY } from "@/lib/http/security-headers";
import { AVATAR_MAX_BYTES } from "@/lib/images/limits";
import { unstable_doesMiddlewareMatch } from "next/experimental/testing/server";
import { config, proxy } from "@/proxy";

const OVERSIZE = String(AVATAR_MAX_BYTES + 1024 * 1024);

function request(path: string, init: { method?: string; headers?: Record<string, string> } = {}) {
  return new NextRequest(new URL(path, "http://localhost:3000"), init);
}

const nonceOf = (policy: string | null) => /'nonce-([^']+)'/.exec(policy ?? "")?.[1];

describe("proxy", () => {
  it("gives each page a policy with a nonce of its own, and hands the same policy to Next.js's renderer", () => {
    const [first, second] = [proxy(request("/")), proxy(request("/"))];
    const policy = first.headers.get("content-security-policy");
    expect(nonceOf(policy)).toBeTruthy();
    expect(nonceOf(second.headers.get("content-security-policy"))).not.toBe(nonceOf(policy));
    // NextResponse.next passes overridden request headers on under this prefix.
    expect(first.headers.get("x-middleware-request-content-security-policy")).toBe(policy);
    expect(first.headers.get("x-frame-options")).toBe("DENY");
    expect(first.headers.get("strict-transport-security")).toBeNull();
  });

  it("serves uploaded files under a policy where nothing runs", () => {
    expect(proxy(request("/media/a/b.webp")).headers.get("content-security-policy")).toBe(MEDIA_CONTENT_SECURITY_POLICY);
  });

  it("adds HSTS when the TLS proxy says the browser came over HTTPS", () => {
    const response = proxy(request("/login", { headers: { "x-forwarded-proto": "https" } }));
    expect(response.headers.get("strict-transport-security")).toBe("max-age=63072000; includeSubDomains");
  });

  it("sends an oversize avatar post made without JavaScript back to the form, with the headers", () => {
    const response = proxy(request("/settings/profile", { method: "POST", headers: { "content-length": OVERSIZE } }));
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("http://localhost:3000/settings/profile?avatar=too-large");
    expect(response.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
  });

  it("answers an address whose escapes do not decode with the 404 page, with the headers", () => {
    for (const path of ["/u/%E0%A4%A", "/u/%", "/art/%ED%A0%80", "/media/avatars/%C0/64.webp", "/report/artwork/%zz"]) {
      const response = proxy(request(path));
      expect(response.headers.get("x-middleware-rewrite"), path).toBe("http://localhost:3000/_not-found");
      expect(response.headers.get("content-security-policy"), path).toContain("frame-ancestors 'none'");
    }
    expect(proxy(request("/u/%25")).headers.get("x-middleware-next")).toBe("1");
  });

  it("lets every other post through: with JavaScript, small, or to another page", () => {
    const posts = [
      request("/settings/profile", { method: "POST", headers: { "content-length": OVERSIZE, "next-action": "abc" } }),
      request("/settings/profile", { method: "POST", headers: { "content-length": "2048" } }),
      request("/upload", { method: "POST", headers: { "content-length": OVERSIZE } }),
    ];
    for (const post of posts) expect(proxy(post).headers.get("x-middleware-next")).toBe("1");
  });

  it("sees every path but the artwork upload, whose body Next.js would otherwise copy and cut at 10 MB", () => {
    const seen = (url: string) => unstable_doesMiddlewareMatch({ config, url });
    expect(seen("/api/artworks")).toBe(false);
    for (const url of [
      "/",
      "/upload",
      "/api/artworks/extra",
      "/api/artworksx",
      "/api/health",
      "/media/a/b.webp",
      "/settings/profile",
      "/_next/static/x.js",
    ]) {
      expect(seen(url), url).toBe(true);
    }
  });
});
