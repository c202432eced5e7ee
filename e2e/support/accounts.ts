import { randomBytes } from "node:crypto";
import { expect, type Page } from "@playwright/test";
import { confirmAddressOf } from "./database";

export const PASSWORD = "violet harbour sketchbook";

export function uniqueName(prefix = "artist"): string {
  return `${prefix}_${randomBytes(4).toString("hex")}`;
}

/** An address no other test signs up with, at example.com (reserved for examples: no real mailbox). */
export function uniqueEmail(prefix = "artist"): string {
  return `${uniqueName(prefix)}@example.com`;
}

/**
 * A new member, signed in, whose address is confirmed (as an operator
 * could, in the database) so that they may upload and start rooms; the
 * mailed link itself is e2e/email-signup.spec.ts's.
 */
export async function signUp(page: Page, username = uniqueName(), password = PASSWORD) {
  await signUpUnconfirmed(page, username, uniqueEmail(), password);
  await confirmAddressOf(username);
  return username;
}

/** A new member, signed in, whose address still waits for its link. */
export async function signUpUnconfirmed(page: Page, username: string, email: string, password = PASSWORD) {
  await page.goto("/register");
  await page.getByLabel("Username").fill(username);
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expectSignedIn(page, username);
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
  await expect(page.getByRole("link", { name: "Log in", exact: true })).toBeVisible();
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
