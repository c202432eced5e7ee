import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";

/**
 * Why this build cannot serve beside other instances with the configured
 * NEXT_SERVER_ACTIONS_ENCRYPTION_KEY, or null. `next build` salts every
 * server action id with the key it had (a random one when unset) and keeps
 * that key in its manifest: a build made without the configured key names
 * its actions differently from the other instances' builds, and their forms
 * fail on it with "Failed to find Server Action".
 */
export function serverActionsKeyProblem(
  configuredKey: string,
  distDir = path.join(/*turbopackIgnore: true*/ process.cwd(), ".next"),
): string | null {
  let builtWith: unknown;
  try {
    const manifest = JSON.parse(
      readFileSync(path.join(/*turbopackIgnore: true*/ distDir, "server", "server-reference-manifest.json"), "utf8"),
    );
    builtWith = (manifest as { encryptionKey?: unknown }).encryptionKey;
  } catch {
    return null;
  }
  if (builtWith === configuredKey) return null;
  return "this build was made without the NEXT_SERVER_ACTIONS_ENCRYPTION_KEY it now runs with, so its server actions are named differently from the other instances' builds: run `npm run build` with the same key set";
}
