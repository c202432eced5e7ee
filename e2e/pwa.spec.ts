import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { logOut, signUp } from "./support/accounts";
import { fullChromiumLaunch } from "./support/browsers";
import { uploadArtwork } from "./support/artworks";
import { cachedImageCount, expectImageShown, recentTitles, waitForServiceWorker } from "./support/pwa";

test("Chromium finds nothing stopping installation: manifest, icons and a controlling service worker", async ({
  playwright,
  baseURL,
}, testInfo) => {
  // Chromium never offers to install from an incognito profile, which every ordinary test context is.
  const profile = await mkdtemp(path.join(os.tmpdir(), "pwa-profile-"));
  const context = await playwright.chromium.launchPersistentContext(profile, {
    ...testInfo.project.use.launchOptions,
    ...fullChromiumLaunch,
    baseURL,
  });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const installabilityErrors = async () =>
      (await cdp.send("Page.getInstallabilityErrors")).installabilityErrors.map((error) => error.errorId);
    // The browser really judges: a JSON answer is no app.
    await page.goto("/api/health");
    expect(await installabilityErrors()).toContain("no-manifest");
    await page.goto("/");
    await waitForServiceWorker(page);
    expect(await installabilityErrors()).toEqual([]);
    const manifest = await (await page.request.get("/manifest.webmanifest")).json();
    expect(manifest).toMatchObject({ name: "Artist Collective", display: "standalone", start_url: "/", scope: "/" });
    expect(manifest.icons.map((icon: { sizes: string; purpose: string }) => `${icon.sizes} ${icon.purpose}`)).toEqual([
      "192x192 any",
      "512x512 any",
      "192x192 maskable",
      "512x512 maskable",
    ]);
    // The richer install sheet: one phone and one desktop screenshot, and every file the manifest names is there.
    expect(manifest.screenshots.map((shot: { form_factor: string }) => shot.form_factor)).toEqual(["narrow", "wide"]);
    for (const { src } of [...manifest.icons, ...manifest.screenshots]) expect((await page.request.get(src)).status(), src).toBe(200);
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
});

test("offline, a viewed artwork still shows its image and any other page shows the offline page", async ({ page, context }) => {
  test.slow(); // a sign-up, an upload and the worker's first install
  await signUp(page);
  await waitForServiceWorker(page);
  const title = `Offline harbour ${Date.now()}`;
  const artworkUrl = await uploadArtwork(page, title);
  await expect.poll(() => recentTitles(page)).toContain(title);

  await context.setOffline(true);
  await page.goto(artworkUrl);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`You are offline — here is ${title} as you last saw it`);
  await expectImageShown(page, title);

  await page.goto("/ranking");
  await expect(page.getByRole("heading", { name: "You are offline", level: 1 })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Recently viewed" })).toBeVisible();
  await expectImageShown(page, title);

  await context.setOffline(false);
  await page.getByRole("button", { name: "Try again" }).click();
  await expect(page.getByRole("heading", { name: "You are offline", level: 1 })).toBeHidden();
});

test("after logout no private page or viewing history comes from the cache, online or offline", async ({ page, context }) => {
  test.slow();
  const username = await signUp(page);
  await waitForServiceWorker(page);
  const title = `Private sketch ${Date.now()}`;
  await uploadArtwork(page, title);
  await expect.poll(() => recentTitles(page)).toContain(title);
  expect(await cachedImageCount(page)).toBeGreaterThan(0);

  await logOut(page, username);
  await expect.poll(() => recentTitles(page)).toEqual([]);
  expect(await cachedImageCount(page)).toBe(0);

  await page.goto("/settings");
  await expect(page.getByRole("heading", { name: "Log in", level: 1 })).toBeVisible();
  await expect(page.getByText(username)).toHaveCount(0);

  await context.setOffline(true);
  await page.goto("/settings");
  await expect(page.getByRole("heading", { name: "You are offline", level: 1 })).toBeVisible();
  await expect(page.getByText("Nothing saved for offline yet")).toBeVisible();
  await expect(page.getByText(username)).toHaveCount(0);
  await expect(page.getByText(title)).toHaveCount(0);
});

test("the install button shows only while the browser offers installation", async ({ page }) => {
  // Headless Chromium may or may not offer installation by itself; the offer is counted, then one is made up.
  await page.addInitScript(() => {
    window.addEventListener("beforeinstallprompt", () => document.documentElement.setAttribute("data-install-offers", "seen"));
  });
  await page.goto("/login");
  await waitForServiceWorker(page);
  const install = page.getByRole("button", { name: "Install app" });
  const offered = await page.evaluate(() => document.documentElement.hasAttribute("data-install-offers"));
  if (!offered) await expect(install).toBeHidden();

  await page.evaluate(() => {
    const offer = Object.assign(new Event("beforeinstallprompt", { cancelable: true }), {
      prompt: async () => document.documentElement.setAttribute("data-install-prompted", "yes"),
      userChoice: Promise.resolve({ outcome: "accepted" }),
    });
    window.dispatchEvent(offer);
  });
  await expect(install).toBeVisible();
  await install.click();
  await expect(page.locator("html")).toHaveAttribute("data-install-prompted", "yes");
  // The offer is spent once used, and none is shown once installed.
  await expect(install).toBeHidden();
  await page.evaluate(() => window.dispatchEvent(new Event("appinstalled")));
  await expect(install).toBeHidden();
});

test("a new version announces itself and reloads into the new worker on request", async ({ page }) => {
  await page.goto("/");
  await waitForServiceWorker(page);
  const firstWorker = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL);
  // Stands in for the next deploy (this server cannot rebuild): a worker under a new script URL is a new
  // version to the browser, as new bytes at /sw.js are (lib/pwa/worker-script.test.ts: every build's differ).
  await page.evaluate(() => navigator.serviceWorker.register("/sw.js?next-build", { scope: "/" }));
  const banner = page.getByRole("status", { name: "Update available" });
  await expect(banner).toContainText("A new version of Artist Collective is ready.", { timeout: 30_000 });
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBe(firstWorker);

  await Promise.all([page.waitForEvent("load"), banner.getByRole("button", { name: "Reload to update" }).click()]);
  expect(await page.evaluate(() => (performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming).type)).toBe("reload");
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toMatch(/\/sw\.js\?next-build$/);
});
