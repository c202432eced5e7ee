import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env-schema";
import {
  contentSecurityPolicy,
  createNonce,
  isHttpsRequest,
  realtimeSources,
  STATIC_SECURITY_HEADERS,
  wantsStrictTransport,
  type PolicyOptions,
} from "@/lib/http/security-headers";
import { clientOptionsFrom } from "@/lib/realtime/config";

const bundledServer = clientOptionsFrom(parseEnv({ REALTIME_PORT: "6101" }));
const production: PolicyOptions = { nonce: "bm9uY2U=", development: false, https: false, realtime: bundledServer };

/** The directives of a policy by name, each with its sources. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split("; ").map((directive) => {
      const [name, ...sources] = directive.split(" ");
      return [name, sources];
    }),
  );
}

describe("content security policy", () => {
  it("runs only scripts carrying this response's nonce (and what they load), with no eval in production", () => {
    const policy = directives(contentSecurityPolicy(production));
    expect(policy.get("script-src")).toEqual(["'self'", "'nonce-bm9uY2U='", "'strict-dynamic'"]);
    expect(policy.get("style-src")).toEqual(["'self'", "'nonce-bm9uY2U='"]);
    expect(contentSecurityPolicy(production)).not.toContain("unsafe-eval");
    expect(policy.get("script-src")).not.toContain("'unsafe-inline'");
  });

  it("allows eval and injected styles only under next dev", () => {
    const policy = directives(contentSecurityPolicy({ ...production, development: true }));
    expect(policy.get("script-src")).toContain("'unsafe-eval'");
    expect(policy.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
  });

  it("locks down framing, plugins, forms, the base URL and everything unnamed", () => {
    const policy = directives(contentSecurityPolicy(production));
    expect(policy.get("default-src")).toEqual(["'self'"]);
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("form-action")).toEqual(["'self'"]);
    expect(policy.get("base-uri")).toEqual(["'self'"]);
    expect(policy.get("img-src")).toEqual(["'self'", "data:", "blob:"]);
    expect(policy.get("worker-src")).toEqual(["'self'"]);
    expect(policy.get("manifest-src")).toEqual(["'self'"]);
  });

  it("upgrades insecure requests only when the page came over HTTPS", () => {
    expect(directives(contentSecurityPolicy(production)).has("upgrade-insecure-requests")).toBe(false);
    expect(directives(contentSecurityPolicy({ ...production, https: true })).has("upgrade-insecure-requests")).toBe(true);
  });

  it("lets the browser reach the bundled realtime server and nothing else besides the site", () => {
    expect(directives(contentSecurityPolicy(production)).get("connect-src")).toEqual([
      "'self'",
      "ws://127.0.0.1:6101",
      "wss://127.0.0.1:6101",
    ]);
  });
});

describe("realtime sources", () => {
  it("follow the public host and port the browser is given, wss only when TLS is forced or the page is on HTTPS", () => {
    const proxied = clientOptionsFrom(
      parseEnv({ PUSHER_PUBLIC_HOST: "art.example", PUSHER_PUBLIC_PORT: "443", PUSHER_PUBLIC_USE_TLS: "true" }),
    );
    expect(realtimeSources(proxied, false)).toEqual(["wss://art.example"]);
    expect(realtimeSources(bundledServer, true)).toEqual(["wss://127.0.0.1:6101"]);
  });

  it("name Pusher's cloud host for the cluster", () => {
    const cloud = clientOptionsFrom(parseEnv({ PUSHER_CLUSTER: "eu", PUSHER_KEY: "abc123" }));
    expect(realtimeSources(cloud, false)).toEqual(["wss://ws-eu.pusher.com"]);
  });
});

describe("nonce", () => {
  it("is fresh for every request and long enough not to be guessed", () => {
    const nonces = new Set(Array.from({ length: 100 }, createNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(atob(nonce)).toHaveLength(16);
  });
});

describe("transport security", () => {
  const url = new URL("http://internal:3000/");

  it("trusts the TLS proxy's X-Forwarded-Proto, else the URL the server saw", () => {
    expect(isHttpsRequest(new Headers({ "x-forwarded-proto": "https" }), url)).toBe(true);
    expect(isHttpsRequest(new Headers({ "x-forwarded-proto": "https, http" }), url)).toBe(true);
    expect(isHttpsRequest(new Headers({ "x-forwarded-proto": "http" }), new URL("https://art.example/"))).toBe(false);
    expect(isHttpsRequest(new Headers(), url)).toBe(false);
    expect(isHttpsRequest(new Headers(), new URL("https://art.example/"))).toBe(true);
  });

  it("asks for HSTS over HTTPS or when the site's own URL is https, never for a plain-HTTP site", () => {
    expect(wantsStrictTransport(true, undefined)).toBe(true);
    expect(wantsStrictTransport(false, "https://art.example")).toBe(true);
    expect(wantsStrictTransport(false, "http://localhost:3000")).toBe(false);
    expect(wantsStrictTransport(false, undefined)).toBe(false);
  });
});

describe("static headers", () => {
  it("refuse sniffing, framing and powerful features the app never uses", () => {
    const headers = new Map(STATIC_SECURITY_HEADERS.map(({ key, value }) => [key, value]));
    expect(headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(headers.get("X-Frame-Options")).toBe("DENY");
    expect(headers.get("Referrer-Policy")).toBe("strict-origin-when-cross-origin");
    for (const feature of ["camera", "microphone", "geolocation", "payment", "usb"]) {
      expect(headers.get("Permissions-Policy")).toContain(`${feature}=()`);
    }
  });
});
