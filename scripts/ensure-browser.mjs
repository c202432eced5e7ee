// Makes sure the e2e suite has its browsers (see e2e/support/browsers.ts):
// Chromium's headless shell for most tests and the full Chromium for the
// installability check. Playwright cannot download its own browsers on these
// machines, so on Debian (as root) this installs the distribution's packages
// with apt; elsewhere it explains.
import { execSync } from "node:child_process";
import { existsSync } from "node:fs";

async function playwrightBrowser() {
  try {
    const { chromium } = await import("playwright-core");
    const path = chromium.executablePath();
    return existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

const canApt = process.getuid?.() === 0 && existsSync("/usr/bin/apt-get");
const fullChromium = process.env.CHROMIUM_PATH || (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : await playwrightBrowser());
const headlessShell = process.env.CHROMIUM_HEADLESS_SHELL_PATH || (existsSync("/usr/bin/chromium-headless-shell") ? "/usr/bin/chromium-headless-shell" : undefined);
const missing = [...(fullChromium ? [] : ["chromium"]), ...(headlessShell || !canApt ? [] : ["chromium-headless-shell"])];

if (missing.length === 0) {
  console.log(`Browsers for e2e tests: ${fullChromium}${headlessShell ? ` and ${headlessShell}` : ""}`);
} else if (canApt) {
  console.log(`Installing Debian's ${missing.join(" and ")} with apt…`);
  execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${missing.join(" ")}`, { stdio: "inherit" });
} else {
  console.error(
    "No Chromium found for the e2e tests. Install one (Debian: sudo apt-get install chromium chromium-headless-shell;" +
      " elsewhere: npx playwright install chromium) or set CHROMIUM_PATH to a Chromium binary.",
  );
  process.exit(1);
}
