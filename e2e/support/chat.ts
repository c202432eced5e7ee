import { expect, type Browser, type Page } from "@playwright/test";
import { signUp, uniqueName } from "./accounts";

/** A member signed up in a browser context of their own (their own cookies and realtime connection). */
export async function memberIn(browser: Browser, options: { javaScriptEnabled?: boolean } = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const username = await signUp(page);
  return { context, page, username };
}

export async function startRoom(page: Page, description = "") {
  const name = uniqueName("Studio");
  await page.goto("/chat");
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Description (optional)").fill(description);
  await page.getByRole("button", { name: "Create room" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  return name;
}

export const messageBox = (page: Page) => page.getByRole("textbox", { name: "Message" });
export const conversation = (page: Page) => page.getByRole("log");
export const messageSaying = (page: Page, text: string) =>
  conversation(page)
    .getByRole("listitem")
    .filter({ has: page.locator(".chat-message-body", { hasText: text }) });
export const presence = (page: Page) => page.getByRole("complementary", { name: /Here now/ });
