import { expect, test, type Browser, type Page } from "@playwright/test";
import sharp from "sharp";
import { logIn, signUp } from "./support/accounts";

/** Lightness (0–255) of the page background, read from a screenshot of the bottom-left corner. */
async function backgroundLightness(page: Page): Promise<number> {
  const shot = await page.screenshot({ clip: { x: 0, y: 700, width: 8, height: 8 } });
  const { data } = await sharp(shot).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return (data[0] + data[1] + data[2]) / 3;
}

/**
 * What the browser paints before any script could run: the same cookies in a
 * context with JavaScript off, so nothing on the client can fix a wrong theme.
 */
async function firstPaintLightness(browser: Browser, page: Page, colorScheme: "light" | "dark"): Promise<number> {
  const context = await browser.newContext({ javaScriptEnabled: false, colorScheme, viewport: { width: 1280, height: 720 } });
  await context.addCookies(await page.context().cookies());
  const firstPaint = await context.newPage();
  await firstPaint.goto(page.url(), { waitUntil: "commit" });
  await firstPaint.waitForLoadState("domcontentloaded");
  const lightness = await backgroundLightness(firstPaint);
  await context.close();
  return lightness;
}

const DARK = 60;
const LIGHT = 200;

test("a visitor's theme from the footer is kept in a cookie and painted from the first frame", async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: "light" });
  const page = await context.newPage();
  await page.goto("/ranking");
  const footer = page.getByRole("contentinfo");
  await footer.getByRole("radio", { name: "Dark" }).check();
  await footer.getByRole("button", { name: "Apply theme" }).click();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");

  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await expect(page.getByRole("contentinfo").getByRole("radio", { name: "Dark" })).toBeChecked();
  expect(await firstPaintLightness(browser, page, "light")).toBeLessThan(DARK);

  await page.getByRole("contentinfo").getByRole("radio", { name: "Follow the system" }).check();
  await page.getByRole("contentinfo").getByRole("button", { name: "Apply theme" }).click();
  await expect(page.locator("html")).not.toHaveAttribute("data-theme", /.+/);
  expect(await firstPaintLightness(browser, page, "dark")).toBeLessThan(DARK);
  expect(await firstPaintLightness(browser, page, "light")).toBeGreaterThan(LIGHT);
  await context.close();
});

test("a member's theme is saved on the account and follows them to another browser", async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: "dark" });
  const page = await context.newPage();
  const member = await signUp(page);
  await page.goto("/settings/appearance");
  await expect(page.getByRole("link", { name: "Appearance" })).toHaveAttribute("aria-current", "page");
  const settings = page.getByRole("main");
  await settings.getByRole("radio", { name: "Light" }).check();
  await settings.getByRole("button", { name: "Apply theme" }).click();
  await expect(settings.getByText("Theme set to light.")).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "light");
  await page.reload();
  expect(await firstPaintLightness(browser, page, "dark")).toBeGreaterThan(LIGHT);
  await context.close();

  // A fresh browser with no theme cookie: the account's choice wins once logged in.
  const other = await browser.newContext({ colorScheme: "dark" });
  const second = await other.newPage();
  await logIn(second, member);
  await expect(second.locator("html")).toHaveAttribute("data-theme", "light");
  await other.close();
});
