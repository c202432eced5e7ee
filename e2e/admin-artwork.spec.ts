import { expect, test, type Browser, type Page } from "@playwright/test";
import { signUp } from "./support/accounts";
import { adminArtworkRow as adminRow, hideFromAdminList, signUpAdmin } from "./support/admin";
import { uploadArtwork } from "./support/artworks";

async function newPage(browser: Browser): Promise<Page> {
  return (await browser.newContext()).newPage();
}

const galleryCard = (page: Page, title: string) => page.getByRole("heading", { name: title, level: 2 });

test("an admin hides an artwork, only its owner still sees it and why, then unhides it; a deleted one's image is gone", async ({
  browser,
}) => {
  test.slow(); // two uploads and three browsers on a loaded machine
  const stamp = Date.now();
  const [hidden, deleted] = [`Harbour ${stamp}`, `Lighthouse ${stamp}`];
  const reason = "Traced from another artist's work";

  const owner = await newPage(browser);
  await signUp(owner);
  const hiddenUrl = await uploadArtwork(owner, hidden);
  const deletedUrl = await uploadArtwork(owner, deleted);
  const imageUrl = await owner.getByRole("link", { name: "View full size" }).getAttribute("href");
  expect(imageUrl).toMatch(/^\/media\//);
  expect(deletedUrl).not.toEqual(hiddenUrl);

  const admin = await newPage(browser);
  await signUpAdmin(admin);
  let row = await hideFromAdminList(admin, hidden, reason);
  await expect(row.getByText(`Unhide “${hidden}”…`)).toBeVisible();

  const visitor = await newPage(browser);
  await visitor.goto("/");
  await expect(galleryCard(visitor, deleted)).toBeVisible();
  await expect(galleryCard(visitor, hidden)).toHaveCount(0);
  expect((await visitor.goto(hiddenUrl))?.status()).toBe(404);
  await expect(visitor).toHaveTitle(/not found/i);

  await owner.goto(hiddenUrl);
  await expect(owner.getByRole("note")).toContainText(`Hidden by moderators: ${reason}`);
  await expect(owner.getByText("Comments are closed while the artwork is hidden.")).toBeVisible();

  row = await adminRow(admin, hidden);
  await row.getByText(`Unhide “${hidden}”…`).click();
  await row.getByRole("button", { name: "Unhide artwork" }).click();
  await expect(row.getByText("Visible", { exact: true })).toBeVisible();

  await visitor.goto("/");
  await expect(galleryCard(visitor, hidden)).toBeVisible();
  expect((await visitor.goto(hiddenUrl))?.status()).toBe(200);
  await expect(visitor.getByRole("heading", { name: hidden, level: 1 })).toBeVisible();
  await expect(visitor.getByRole("note")).toHaveCount(0);

  expect((await visitor.request.get(imageUrl!)).status()).toBe(200);
  row = await adminRow(admin, deleted);
  await row.getByText(`Delete “${deleted}”…`).click();
  await row.getByRole("button", { name: "Delete artwork" }).click();
  await expect(admin.getByRole("heading", { name: deleted, level: 3 })).toHaveCount(0);
  expect((await visitor.request.get(imageUrl!)).status()).toBe(404);
  expect((await visitor.goto(deletedUrl))?.status()).toBe(404);
});

test("members and visitors get the 404 page at /admin/artwork", async ({ page }) => {
  expect((await page.goto("/admin/artwork"))?.status()).toBe(404);
  await signUp(page);
  expect((await page.goto("/admin/artwork"))?.status()).toBe(404);
});
