import { existsSync } from "node:fs";

const installed = (path: string) => (existsSync(path) ? path : undefined);

/**
 * The full Chromium members run (Debian's, CHROMIUM_PATH, or with neither
 * Playwright's own). Only it judges installability: the headless shell
 * answers "no installability errors" for any page at all.
 */
export const fullChromium = process.env.CHROMIUM_PATH || installed("/usr/bin/chromium");

/**
 * What most tests drive: Chromium's headless shell, the same engine without
 * the full browser around it. It used about 30% less CPU for the same tests
 * on this two-core machine, where the browsers, not the server, use the CPU.
 * Falls back to the full browser where the shell is not installed.
 */
export const headlessShell = process.env.CHROMIUM_HEADLESS_SHELL_PATH || installed("/usr/bin/chromium-headless-shell") || fullChromium;

/** Launch options for the full browser: its path, or Playwright's own full Chromium (not its headless shell). */
export const fullChromiumLaunch = fullChromium ? { executablePath: fullChromium } : { channel: "chromium" };
