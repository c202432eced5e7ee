import "server-only";
import { parseEnv } from "@/lib/env-schema";

// `next build` evaluates server modules without serving anyone; production
// secrets are checked when the server starts (instrumentation.ts), not here.
const building = process.env.NEXT_PHASE === "phase-production-build";

/** Validated configuration; importing it fails fast with a message naming each bad variable. */
export const env = parseEnv(building ? { ...process.env, NODE_ENV: "development" } : process.env);
