import { randomBytes } from "node:crypto";
import { expect, type Page } from "@playwright/test";

export const PASSWORD = "violet harbour sketchbook";

export function uniqueName(prefix = "artist"): string {
  return `${prefix}_${randomBytes(4).toString("hex")}`;
}

export async function signUp(page: Page, username = uniqueName(), password = PASSWORD) {
  await page.goto("/register");
  await page.getByLabel("Username").fill(username);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expectSignedIn(page, username);
  return username;
}

export async function logIn(page: Page, username: string, password = PASSWORD) {
  await page.goto("/login");
  await page.getByLabel("Username").fill(username);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Log in" }).click();
}

export async function logOut(page: Page, username: string) {
  await page.getByLabel(`Account menu for ${username}`).click();
  await page.getByRole("button", { name: "Log out" }).click();
  await expect(page.getByRole("link", { name: "Log in" })).toBeVisible();
}

/** The form's own refusal (Next.js keeps a second, empty role=alert for route announcements). */
export function formAlert(page: Page) {
  return page.locator("form [role=alert]");
}

/** The form's own confirmation that it was done. */
export function formStatus(page: Page) {
  return page.locator("form [role=status]");
}

/**
 * Signed in: the header's account menu carries the username. Generous: the
 * first sign-up on a freshly started server compiles and warms its routes.
 */
export async function expectSignedIn(page: Page, username: string) {
  await expect(page.getByLabel(`Account menu for ${username}`)).toBeVisible({ timeout: 15_000 });
}
