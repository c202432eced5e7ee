/**
 * Lab figures for one cold page load in Chromium, read from its own
 * performance APIs: Largest Contentful Paint, Cumulative Layout Shift and
 * Total Blocking Time (the long-task time past 50 ms after First Contentful
 * Paint), under a phone profile with the network and CPU throttled through
 * the DevTools protocol, as Lighthouse's "applied" mobile throttling does.
 */
import type { Browser, BrowserContextOptions } from "@playwright/test";

/** Lighthouse's mobile device (a Moto G Power class phone). */
export const PHONE: BrowserContextOptions = {
  viewport: { width: 412, height: 823 },
  deviceScaleFactor: 1.75,
  isMobile: true,
  hasTouch: true,
  userAgent:
    "Mozilla/5.0 (Linux; Android 11; moto g power (2022)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Mobile Safari/537.36",
};

/**
 * Lighthouse's "Slow 4G" as packet-level throttling: 562.5 ms round trip,
 * 1.6 Mbps down and 750 Kbps up, each with Lighthouse's 0.9 adjustment;
 * the CPU four times slower than this machine's.
 */
export const SLOW_4G = { latency: 562.5, downloadThroughput: (1638.4 * 1024 * 0.9) / 8, uploadThroughput: (750 * 1024 * 0.9) / 8 };
export const CPU_SLOWDOWN = 4;

export type PageFigures = Omit<Collected, "quietFor">;

/** How long the page must be free of long tasks and layout shifts before the figures are read. */
const QUIET_MS = 3_000;
const LOAD_LIMIT_MS = 60_000;

/**
 * Runs in the page before any of its own scripts: collects the entries as
 * they come. No named inner functions: tsx would wrap them in a helper that
 * does not exist in the page.
 */
function observeVitals(): void {
  const vitals = { lcp: 0, cls: 0, longTasks: [] as { start: number; duration: number }[], lastActivity: 0 };
  (window as unknown as { __vitals: typeof vitals }).__vitals = vitals;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) vitals.lcp = entry.startTime;
    vitals.lastActivity = performance.now();
  }).observe({ type: "largest-contentful-paint", buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
      if (!entry.hadRecentInput) vitals.cls += entry.value;
    }
    vitals.lastActivity = performance.now();
  }).observe({ type: "layout-shift", buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) vitals.longTasks.push({ start: entry.startTime, duration: entry.duration });
    vitals.lastActivity = performance.now();
  }).observe({ type: "longtask", buffered: true });
}

type Collected = {
  lcp: number;
  cls: number;
  fcp: number;
  tbt: number;
  transferBytes: number;
  /** The page's JavaScript: compressed as sent, and as the phone parses it. */
  scriptBytes: number;
  scriptDecodedBytes: number;
  scripts: number;
  quietFor: number;
};

function readVitals(): Collected {
  const { __vitals: vitals } = window as unknown as {
    __vitals: { lcp: number; cls: number; longTasks: { start: number; duration: number }[]; lastActivity: number };
  };
  const fcp = performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? Number.NaN;
  const tbt = vitals.longTasks.filter((task) => task.start >= fcp).reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0);
  const resources = performance.getEntriesByType("resource") as PerformanceResourceTiming[];
  const navigation = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming | undefined;
  const transferBytes = resources.reduce((sum, entry) => sum + entry.transferSize, navigation?.transferSize ?? 0);
  const scripts = resources.filter((entry) => entry.initiatorType === "script" || new URL(entry.name).pathname.endsWith(".js"));
  return {
    lcp: vitals.lcp,
    cls: vitals.cls,
    fcp,
    tbt,
    transferBytes,
    scriptBytes: scripts.reduce((sum, entry) => sum + entry.transferSize, 0),
    scriptDecodedBytes: scripts.reduce((sum, entry) => sum + entry.decodedBodySize, 0),
    scripts: scripts.length,
    quietFor: performance.now() - vitals.lastActivity,
  };
}

/** One cold load (a fresh context: empty cache, no service worker) of `url`. */
export async function measureColdLoad(browser: Browser, url: string): Promise<PageFigures> {
  const context = await browser.newContext({ ...PHONE, serviceWorkers: "block" });
  try {
    const page = await context.newPage();
    await page.addInitScript(observeVitals);
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.emulateNetworkConditions", { offline: false, ...SLOW_4G });
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });
    await page.goto(url, { waitUntil: "load", timeout: LOAD_LIMIT_MS });
    const deadline = Date.now() + LOAD_LIMIT_MS;
    for (;;) {
      const collected = await page.evaluate(readVitals);
      if (collected.quietFor >= QUIET_MS || Date.now() > deadline) {
        const { quietFor, ...figures } = collected;
        void quietFor;
        return figures;
      }
      await page.waitForTimeout(500);
    }
  } finally {
    await context.close();
  }
}
