import { existsSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { PASSWORD, expectSignedIn, formAlert, formStatus, logIn, logOut, signUp, uniqueName } from "./support/accounts";
import { uploadArtwork } from "./support/artworks";
import { withDatabase } from "./support/database";
import { e2eServerEnv } from "./support/server-env";
import { serverActionAnswer } from "./support/forms";

const NEW_PASSWORD = "amber kettle lighthouse";

async function changeUsername(page: Page, username: string) {
  await page.goto("/settings/username");
  await page.getByLabel("Username").fill(username);
  await page.getByRole("button", { name: "Change username" }).click();
}

test("a renamed member's old profile address leads to the new one until someone takes the name", async ({ page, browser, request }) => {
  const oldName = await signUp(page);

  await changeUsername(page, "Admin");
  await expect(page.locator("#field-username-note")).toHaveText("This username is reserved; choose another");
  await expect(page.getByLabel("Username")).toHaveValue("Admin");

  const newName = uniqueName("renamed");
  await changeUsername(page, newName);
  await expect(formStatus(page)).toHaveText(`Your username is now ${newName}.`);
  await expectSignedIn(page, newName);

  const moved = await request.get(`/u/${oldName}?sort=top&period=week&page=1`, { maxRedirects: 0 });
  expect(moved.status()).toBe(308);
  expect(moved.headers()["location"]).toBe(`/u/${newName}?sort=top&period=week`);
  await page.goto(`/u/${oldName.toUpperCase()}?sort=top`);
  await expect(page).toHaveURL(`/u/${newName}?sort=top`);
  await expect(page.getByRole("heading", { name: newName, level: 1 })).toBeVisible();

  // Someone else takes the old name: its address is theirs from then on.
  const newcomer = await browser.newContext();
  await signUp(await newcomer.newPage(), oldName);
  await newcomer.close();
  await page.goto(`/u/${oldName}`);
  await expect(page).toHaveURL(`/u/${oldName}`);
  await expect(page.getByRole("heading", { name: oldName, level: 1 })).toBeVisible();
});

test("a new password signs out every other browser of the member and keeps this one signed in", async ({ page, browser }) => {
  test.slow(); // several real Argon2 hashes on a shared machine
  const username = await signUp(page);
  const otherDevice = await browser.newContext();
  const otherPage = await otherDevice.newPage();
  await logIn(otherPage, username);
  await expectSignedIn(otherPage, username);

  await page.goto("/settings/password");
  await page.getByLabel("Current password").fill("not my password");
  await page.getByLabel(/^New password/).fill(NEW_PASSWORD);
  await page.getByLabel("Repeat the new password").fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.locator("#field-currentPassword-note")).toHaveText("Wrong password.");
  await expect(page.getByLabel(/^New password/)).toHaveValue("");

  await page.getByLabel("Current password").fill(PASSWORD);
  await page.getByLabel(/^New password/).fill(NEW_PASSWORD);
  await page.getByLabel("Repeat the new password").fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByRole("status")).toHaveText("Your password has been changed, and every other device has been signed out.");
  await expectSignedIn(page, username);
  await page.reload();
  await expectSignedIn(page, username);

  await otherPage.reload();
  await expect(otherPage.getByRole("link", { name: "Log in", exact: true })).toBeVisible();
  await logIn(otherPage, username, PASSWORD);
  await expect(formAlert(otherPage)).toHaveText("Wrong username or password.");
  await otherDevice.close();

  await logOut(page, username);
  await logIn(page, username, NEW_PASSWORD);
  await expectSignedIn(page, username);
});

test("deleting the account removes its profile, artwork, files, ratings and rows, and frees the name", async ({
  page,
  browser,
  request,
}) => {
  test.slow(); // two members, two uploads
  const artistContext = await browser.newContext();
  const artistPage = await artistContext.newPage();
  await signUp(artistPage);
  const othersWork = await uploadArtwork(artistPage, "Stays behind");

  const username = await signUp(page);
  await page.goto(othersWork);
  await Promise.all([serverActionAnswer(page), page.getByRole("radio", { name: "5 stars" }).check()]);
  await page.getByLabel("Add a comment").fill("Lovely light");
  await page.getByRole("button", { name: "Post comment" }).click();
  await expect(page.locator(".comment-body")).toHaveText("Lovely light");
  const ownWork = await uploadArtwork(page, "Going away");

  const userId = withDatabase(
    (db) => (db.prepare("SELECT id FROM User WHERE usernameKey = ?").get(username.toLowerCase()) as { id: string }).id,
  );
  const mediaKey = withDatabase(
    (db) => (db.prepare("SELECT mediaKey FROM Artwork WHERE authorId = ?").get(userId) as { mediaKey: string }).mediaKey,
  );
  const mediaUrls = withDatabase((db) =>
    (db.prepare("SELECT key FROM ArtworkVariant WHERE key LIKE ?").all(`art/${mediaKey}/%`) as { key: string }[]).map(
      ({ key }) => `/media/${key}`,
    ),
  );
  expect(mediaUrls.length).toBeGreaterThan(0);

  await page.goto("/settings/account");
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Delete my account" }).click();
  await expect(page.locator("#field-confirm-note")).toHaveText("Tick this box to confirm");
  await expectSignedIn(page, username);

  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByLabel("I understand this cannot be undone").check();
  await page.getByRole("button", { name: "Delete my account" }).click();
  await expect(page).toHaveURL("/?account=deleted");
  await expect(page.getByRole("status")).toHaveText("Your account and everything in it have been deleted.");
  await expect(page.getByRole("link", { name: "Log in", exact: true })).toBeVisible();

  expect((await request.get(`/u/${username}`)).status()).toBe(404);
  expect((await request.get(ownWork)).status()).toBe(404);
  for (const url of mediaUrls) expect((await request.get(url)).status(), url).toBe(404);
  // Late formats may still be encoding; they are removed when they find the artwork gone.
  await expect.poll(() => existsSync(path.join(e2eServerEnv.MEDIA_ROOT, "art", mediaKey))).toBe(false);

  const rowsLeft = withDatabase((db) =>
    [
      "SELECT COUNT(*) AS n FROM User WHERE id = ?",
      "SELECT COUNT(*) AS n FROM Artwork WHERE authorId = ?",
      "SELECT COUNT(*) AS n FROM Comment WHERE authorId = ?",
      "SELECT COUNT(*) AS n FROM Rating WHERE userId = ?",
      "SELECT COUNT(*) AS n FROM UsernameRedirect WHERE userId = ?",
    ].map((sql) => (db.prepare(sql).get(userId) as { n: number }).n),
  );
  expect(rowsLeft).toEqual([0, 0, 0, 0, 0]);
  expect(
    withDatabase(
      (db) => (db.prepare("SELECT COUNT(*) AS n FROM ArtworkVariant WHERE key LIKE ?").get(`art/${mediaKey}/%`) as { n: number }).n,
    ),
  ).toBe(0);

  await page.goto(othersWork);
  await expect(page.getByText("★ No ratings yet")).toBeVisible();
  await expect(page.getByText("No comments yet.")).toBeVisible();
  await artistContext.close();

  await signUp(page, username);
});
