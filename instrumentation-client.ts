// From the module that owns the setting, so the shared first chunk carries a few hundred bytes, not all of zod.
import { config } from "zod/v4/core";

// Runs before the app's client code. zod compiles object parsers with
// `new Function` where it may, probing once with Function(""); the CSP
// (no 'unsafe-eval', lib/http/security-headers.ts) refuses that probe and
// reports a violation even though zod catches it. The browser's forms parse
// little, so they parse without compiling; the server keeps the fast path.
config({ jitless: true });
