import { expect, type Page } from "@playwright/test";

const shots = [
  { name: "desktop", width: 1280, height: 800, colorScheme: "light" },
  { name: "desktop", width: 1280, height: 800, colorScheme: "dark" },
  { name: "phone", width: 360, height: 740, colorScheme: "light" },
  { name: "phone", width: 360, height: 740, colorScheme: "dark" },
] as const;

/** A page at both widths and in both colour schemes, checked for sideways scrolling and saved as PNGs to look at. */
export async function screenshots(page: Page, name: string) {
  const viewport = page.viewportSize();
  for (const shot of shots) {
    await page.setViewportSize(shot);
    await page.emulateMedia({ colorScheme: shot.colorScheme });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `e2e/.artifacts/screenshots/${name}-${shot.name}-${shot.colorScheme}.png`, fullPage: true });
  }
  if (viewport) await page.setViewportSize(viewport);
  await page.emulateMedia({ colorScheme: null });
}
