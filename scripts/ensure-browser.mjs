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
const headlessShell =
  process.env.CHROMIUM_HEADLESS_SHELL_PATH ||
  (existsSync("/usr/bin/chromium-headless-shell") ? "/usr/bin/chromium-headless-shell" : undefined);
const aptInstall = (packages) => execSync(`DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${packages}`, { stdio: "inherit" });

if (!fullChromium && !canApt) {
  console.error(
    "No Chromium found for the e2e tests. Install one (Debian: sudo apt-get install chromium chromium-headless-shell;" +
      " elsewhere: npx playwright install chromium) or set CHROMIUM_PATH to a Chromium binary.",
  );
  process.exit(1);
}
if (canApt && (!fullChromium || !headlessShell)) {
  console.log("Installing Debian's Chromium packages for the e2e tests with apt…");
  execSync("apt-get update -qq", { stdio: "inherit" });
  if (!fullChromium) aptInstall("chromium");
  if (!headlessShell) {
    try {
      aptInstall("chromium-headless-shell");
    } catch {
      // Only a speed-up: the tests fall back to the full browser (e2e/support/browsers.ts).
      console.warn("chromium-headless-shell did not install; the e2e tests will drive the full Chromium.");
    }
  }
}
const shell =
  headlessShell ||
  (existsSync("/usr/bin/chromium-headless-shell") ? "/usr/bin/chromium-headless-shell" : "none (the full browser drives every test)");
console.log(`Browsers for e2e tests: ${fullChromium ?? "/usr/bin/chromium"}; headless shell: ${shell}`);
