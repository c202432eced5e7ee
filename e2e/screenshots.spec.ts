import { expect, test } from "@playwright/test";
import { signUp } from "./support/accounts";
import { signUpAdmin } from "./support/admin";
import { uploadArtwork } from "./support/artworks";
import { recentTitles, waitForServiceWorker } from "./support/pwa";

const viewports = [
  { name: "desktop", width: 1280, height: 800 },
  { name: "phone", width: 360, height: 740 },
];
const schemes = ["light", "dark"] as const;
const settingsSections = ["profile", "username", "password", "email", "artwork", "reports", "muted-tags", "appearance", "account"];
const adminSections = ["", "/reports", "/members", "/artwork", "/comments", "/messages", "/rooms", "/mail", "/audit"];
/**
 * The page tours (an upload, then many pages) run at one colour scheme per
 * width: the scheme changes colours, not layout, and each tour costs half a
 * minute of CI. The single pages above run in all four.
 */
const touredThemes = new Set(["desktop light", "phone dark"]);
const pages = [
  { name: "gallery", path: "/", heading: "Gallery" },
  { name: "register", path: "/register", heading: "Join the collective" },
  { name: "login", path: "/login", heading: "Log in" },
  { name: "forgot-password", path: "/forgot-password", heading: "Forgot your password?" },
];

for (const viewport of viewports) {
  for (const colorScheme of schemes) {
    test.describe(`${viewport.name} ${colorScheme}`, () => {
      test.use({ viewport: { width: viewport.width, height: viewport.height }, colorScheme });

      for (const target of pages) {
        test(`${target.name} fits the screen without sideways scrolling`, async ({ page }) => {
          await page.goto(target.path);
          await expect(page.getByRole("heading", { name: target.heading, level: 1 })).toBeVisible();
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          expect(overflow).toBeLessThanOrEqual(0);
          await page.screenshot({ path: `e2e/.artifacts/screenshots/${target.name}-${viewport.name}-${colorScheme}.png`, fullPage: true });
        });
      }

      test("signed-in header with the account menu open, and the upload page", async ({ page }) => {
        const username = await signUp(page);
        await page.getByLabel(`Account menu for ${username}`).click();
        await expect(page.getByRole("button", { name: "Log out" })).toBeVisible();
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        await page.screenshot({ path: `e2e/.artifacts/screenshots/member-${viewport.name}-${colorScheme}.png` });

        await page.goto("/upload");
        await expect(page.getByRole("heading", { name: "Upload artwork", level: 1 })).toBeVisible();
        expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
        await page.screenshot({ path: `e2e/.artifacts/screenshots/upload-${viewport.name}-${colorScheme}.png`, fullPage: true });
      });

      test("install button, update banner and the offline page", async ({ page, context }) => {
        test.slow(); // an upload, the worker's install and a second worker
        await signUp(page);
        await waitForServiceWorker(page);
        const title = "Harbour at dusk, kept for offline";
        const artworkUrl = await uploadArtwork(page, title);
        await expect.poll(() => recentTitles(page)).toContain(title);
        // The browser's install offer, made up (headless Chromium may not make one), and a waiting new worker.
        await page.evaluate(() =>
          window.dispatchEvent(Object.assign(new Event("beforeinstallprompt", { cancelable: true }), { prompt: async () => {} })),
        );
        await page.evaluate(() => navigator.serviceWorker.register("/sw.js?next-build", { scope: "/" }));
        await expect(page.getByRole("button", { name: "Install app" })).toBeVisible();
        await expect(page.getByRole("button", { name: "Reload to update" })).toBeVisible({ timeout: 30_000 });
        expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
        await page.screenshot({ path: `e2e/.artifacts/screenshots/pwa-install-update-${viewport.name}-${colorScheme}.png` });

        await context.setOffline(true);
        await page.goto(artworkUrl);
        await expect(page.getByRole("heading", { name: `You are offline — here is ${title} as you last saw it` })).toBeVisible();
        expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
        await page.screenshot({ path: `e2e/.artifacts/screenshots/offline-${viewport.name}-${colorScheme}.png`, fullPage: true });
      });

      if (!touredThemes.has(`${viewport.name} ${colorScheme}`)) return;

      test("every settings section", async ({ page }) => {
        test.slow(); // an upload and six pages
        await signUp(page);
        await uploadArtwork(page, "A piece with a rather long title to see how rows wrap on phones");
        for (const section of settingsSections) {
          await page.goto(`/settings/${section}`);
          await expect(page.getByRole("heading", { name: "Settings", level: 1 })).toBeVisible();
          expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), section).toBeLessThanOrEqual(0);
          await page.screenshot({
            path: `e2e/.artifacts/screenshots/settings-${section}-${viewport.name}-${colorScheme}.png`,
            fullPage: true,
          });
        }
      });

      test("every admin section", async ({ page }) => {
        test.slow(); // an upload and eight pages
        await signUpAdmin(page);
        await uploadArtwork(page, "An artwork whose long title shows how admin rows wrap");
        for (const section of adminSections) {
          await page.goto(`/admin${section}`);
          await expect(page.getByRole("heading", { name: "Moderation", level: 1 })).toBeVisible();
          expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), section).toBeLessThanOrEqual(0);
          const name = section.slice(1) || "dashboard";
          await page.screenshot({ path: `e2e/.artifacts/screenshots/admin-${name}-${viewport.name}-${colorScheme}.png`, fullPage: true });
        }
      });
    });
  }
}
