// Makes sure the e2e suite has a Chromium to drive. Playwright cannot
// download its own browser on these machines, so on Debian (as root) this
// installs the distribution's `chromium` with apt; elsewhere it explains.
import { execSync } from "node:child_process";
import { existsSync } from "node:fs";

const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium"].filter(Boolean);

async function playwrightBrowser() {
  try {
    const { chromium } = await import("playwright-core");
    const path = chromium.executablePath();
    return existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

const found = candidates.find((path) => existsSync(path)) ?? (await playwrightBrowser());
if (found) {
  console.log(`Browser for e2e tests: ${found}`);
} else if (process.getuid?.() === 0 && existsSync("/usr/bin/apt-get")) {
  console.log("No Chromium found; installing Debian's chromium package with apt…");
  execSync("apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium", { stdio: "inherit" });
} else {
  console.error(
    "No Chromium found for the e2e tests. Install one (Debian: sudo apt-get install chromium;" +
      " elsewhere: npx playwright install chromium) or set CHROMIUM_PATH to a Chromium binary.",
  );
  process.exit(1);
}
