import { expect, test, type Page } from "@playwright/test";
import { signUp } from "./support/accounts";
import { uploadArtwork } from "./support/artworks";
import { withDatabase } from "./support/database";
import { hiddenFieldsOf, replayForm } from "./support/forms";

function artworkIdsTitled(titles: string[]): string[] {
  return withDatabase((db) =>
    titles.flatMap((title) => (db.prepare("SELECT id FROM Artwork WHERE title = ?").all(title) as { id: string }[]).map((row) => row.id)),
  );
}

function row(page: Page, title: string) {
  return page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: title, level: 3 }) });
}

test("an artist manages their artwork from settings: edit in place, delete one, delete several", async ({ page }) => {
  test.slow(); // three uploads: give a loaded machine room
  await signUp(page);
  const stamp = Date.now();
  const [dawn, dusk, noon] = [`Dawn ${stamp}`, `Dusk ${stamp}`, `Noon ${stamp}`];
  const dawnUrl = await uploadArtwork(page, dawn);
  await uploadArtwork(page, dusk);
  const noonUrl = await uploadArtwork(page, noon);

  await page.goto("/settings/artwork");
  await expect(page.getByRole("navigation", { name: "Settings" }).getByRole("link", { name: "My artwork" })).toHaveAttribute(
    "aria-current",
    "page",
  );
  await expect(page.getByText("3 artworks, newest first.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 3 })).toHaveText([noon, dusk, dawn]);
  await expect(row(page, dawn)).toContainText("No ratings · 0 comments");

  await row(page, dawn).getByText(`Edit details of “${dawn}”`).click();
  await row(page, dawn).getByLabel("Title", { exact: true }).fill(`${dawn} revised`);
  await row(page, dawn).getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Saved.")).toBeVisible();
  await page.goto(dawnUrl);
  await expect(page.getByRole("heading", { name: `${dawn} revised`, level: 1 })).toBeVisible();

  await page.goto("/settings/artwork");
  await row(page, dusk).getByText(`Delete “${dusk}”…`).click();
  await row(page, dusk)
    .getByRole("button", { name: `Delete “${dusk}” permanently` })
    .click();
  await expect(page.getByRole("heading", { name: dusk, level: 3 })).toHaveCount(0);
  await expect(page.getByText("2 artworks, newest first.")).toBeVisible();
  expect(artworkIdsTitled([dusk])).toEqual([]);

  // Several at once; without the confirmation nothing goes.
  await page.getByLabel(`Select “${dawn} revised”`).check();
  await page.getByLabel(`Select “${noon}”`).check();
  await page.getByRole("button", { name: "Delete selected artwork" }).click();
  await expect(page.getByText("Tick this box to confirm that the artwork and its files go for good")).toBeVisible();
  expect(artworkIdsTitled([`${dawn} revised`, noon])).toHaveLength(2);

  await page.getByLabel(`Select “${dawn} revised”`).check();
  await page.getByLabel(`Select “${noon}”`).check();
  await page.getByLabel(/Delete the selected artwork/).check();
  await page.getByRole("button", { name: "Delete selected artwork" }).click();
  await expect(page.getByText("Deleted 2 artworks.")).toBeVisible();
  await expect(page.getByText("You have not shared any artwork yet.")).toBeVisible();
  expect((await page.request.get(noonUrl)).status()).toBe(404);
});

test("a forged request naming another member's artwork deletes nothing of anyone's", async ({ page, browser }) => {
  test.slow();
  await signUp(page);
  const mine = `Mine ${Date.now()}`;
  await uploadArtwork(page, mine);

  const otherContext = await browser.newContext();
  const other = await otherContext.newPage();
  await signUp(other);
  const theirs = `Theirs ${Date.now()}`;
  await uploadArtwork(other, theirs);
  const [theirId] = artworkIdsTitled([theirs]);
  await otherContext.close();

  // The owner's own no-script form names the action; the request is edited to add someone else's artwork.
  const noScript = await browser.newContext({ javaScriptEnabled: false, storageState: await page.context().storageState() });
  const form = await noScript.newPage();
  await form.goto("/settings/artwork");
  const fields = await hiddenFieldsOf(form, "form#delete-selected");
  const [myId] = artworkIdsTitled([mine]);
  await replayForm(form, [...fields, ["artworkIds", myId], ["artworkIds", theirId], ["confirm", "yes"]]);
  await expect(form.getByText("Nothing was deleted: some of that artwork does not exist, or is not yours.")).toBeVisible();
  expect(artworkIdsTitled([mine, theirs])).toHaveLength(2);
  await noScript.close();
});
