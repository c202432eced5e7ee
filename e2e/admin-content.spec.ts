import { expect, test, type Browser, type Page } from "@playwright/test";
import { signUp, uniqueName } from "./support/accounts";
import { signUpAdmin } from "./support/admin";
import { uploadArtwork } from "./support/artworks";

/** Someone signed up in a browser context of their own (their own cookies and realtime connection). */
async function personIn(browser: Browser, signUpAs: (page: Page) => Promise<string>) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const username = await signUpAs(page);
  return { context, page, username };
}

/** The row of an admin list that mentions the text. */
const rowWith = (page: Page, text: string) => page.getByRole("listitem").filter({ hasText: text });

test("an admin deletes a comment from /admin/comments and it is gone from the artwork's page", async ({ browser }) => {
  const member = await personIn(browser, (page) => signUp(page));
  const admin = await personIn(browser, (page) => signUpAdmin(page));
  const artworkUrl = await uploadArtwork(member.page, uniqueName("Harbour"));
  const text = `Spam ${uniqueName("link")}`;
  await member.page.getByLabel("Add a comment").fill(text);
  await member.page.getByRole("button", { name: "Post comment" }).click();
  await expect(member.page.locator(".comment-body", { hasText: text })).toBeVisible();

  // Members do not even learn the admin pages exist.
  expect((await member.page.goto("/admin/comments"))?.status()).toBe(404);

  await admin.page.goto("/admin/comments");
  await admin.page.getByLabel("Search comments by text or author").fill(text);
  await admin.page.getByRole("button", { name: "Search" }).click();
  await expect(admin.page.getByRole("status")).toContainText(`1 comment matching “${text}”`);
  const row = rowWith(admin.page, text);
  await expect(row.getByRole("link", { name: member.username })).toHaveAttribute("href", /^\/admin\/members\//);
  await row.getByText("Delete comment…").click();
  await row.getByLabel("Note for the audit log (optional)").fill("Advertising");
  await row.getByRole("button", { name: "Delete comment" }).click();
  await expect(rowWith(admin.page, text)).toHaveCount(0);

  await member.page.goto(artworkUrl);
  await expect(member.page.getByRole("heading", { name: "Comments (0)" })).toBeVisible();
  await expect(member.page.getByText(text)).toHaveCount(0);
  await member.context.close();
  await admin.context.close();
});

test("an admin locks a room: a member in it sees it locked live and cannot send; unlocking opens it again", async ({ browser }) => {
  const member = await personIn(browser, (page) => signUp(page));
  const admin = await personIn(browser, (page) => signUpAdmin(page));
  const room = uniqueName("Studio");
  await member.page.goto("/chat");
  await member.page.getByLabel("Name").fill(room);
  await member.page.getByRole("button", { name: "Create room" }).click();
  await expect(member.page.getByRole("heading", { level: 1, name: room })).toBeVisible();
  await expect(member.page.getByRole("status").filter({ hasText: "Live" })).toBeVisible();

  await admin.page.goto("/admin/rooms");
  const row = admin.page.getByRole("listitem").filter({ has: admin.page.getByRole("heading", { name: room }) });
  await expect(row).toContainText("0 messages");
  await row.getByText("Lock room…").click();
  await row.getByRole("button", { name: "Lock room" }).click();
  await expect(row.getByText("Locked", { exact: true })).toBeVisible();

  // The member's open page learns it without a reload: the notice replaces the send form.
  await expect(member.page.getByText("Locked by moderators.")).toBeVisible();
  await expect(member.page.getByRole("textbox", { name: "Message" })).toHaveCount(0);
  await member.page.goto("/chat");
  await expect(member.page.getByRole("listitem").filter({ hasText: room })).toContainText("Locked by moderators");

  await row.getByText("Unlock room…").click();
  await row.getByRole("button", { name: "Unlock room" }).click();
  // Exact: "Unlock room…" holds "lock room…" too, and the member must not open the room before the unlock is stored.
  await expect(row.getByText("Lock room…", { exact: true })).toBeVisible();

  await member.page.getByRole("link", { name: room }).click();
  await expect(member.page.getByText("Locked by moderators.")).toHaveCount(0);
  const box = member.page.getByRole("textbox", { name: "Message" });
  await box.fill("Back in business");
  await box.press("Enter");
  await expect(member.page.getByRole("log").getByText("Back in business")).toBeVisible();
  await member.context.close();
  await admin.context.close();
});
