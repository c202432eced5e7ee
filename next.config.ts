import type { NextConfig } from "next";
import { STATIC_SECURITY_HEADERS } from "./lib/http/security-headers";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Native addons load from node_modules at run time rather than being bundled.
  serverExternalPackages: ["better-sqlite3", "@node-rs/argon2"],
  experimental: {
    serverActions: {
      // Room for an avatar (up to 2 MB, lib/images/limits.ts) and the form
      // around it, and for a hostile 1 MB field to reach validation and get
      // a clear message, instead of Next.js refusing the whole request.
      bodySizeLimit: "3mb",
    },
  },
  // proxy.ts sets these on every response it sees, with the per-request CSP and HSTS; here they also
  // cover anything answered before the proxy runs (a malformed URL, say). Same values: the proxy's win.
  async headers() {
    return [{ source: "/:path*", headers: [...STATIC_SECURITY_HEADERS] }];
  },
};

export default nextConfig;
