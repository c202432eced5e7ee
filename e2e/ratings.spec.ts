import { expect, test, type Page } from "@playwright/test";
import { logOut, signUp } from "./support/accounts";
import { hiddenFieldsOf, replayForm, serverActionAnswer } from "./support/forms";
import { uploadArtwork } from "./support/artworks";

/**
 * The page shows a new rating before the server has stored it (optimistic);
 * wait for the server's answer before anything reads the database.
 */
async function settled(page: Page, choose: () => Promise<void>) {
  await Promise.all([serverActionAnswer(page), choose()]);
}

test("members rate, change and remove a rating; the owner and visitors cannot rate", async ({ page }) => {
  test.slow(); // several members and uploads: give a loaded machine room
  const artist = await signUp(page);
  const title = `Rated ${Date.now()}`;
  const url = await uploadArtwork(page, title);
  await expect(page.getByText("★ No ratings yet")).toBeVisible();
  await expect(page.getByRole("group", { name: "Your rating" })).toHaveCount(0);
  await logOut(page, artist);

  await page.goto(url);
  await page.getByRole("link", { name: "Log in to rate" }).click();
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fart%2F/);

  const first = await signUp(page);
  await page.goto(url);
  await settled(page, () => page.getByRole("radio", { name: "4 stars" }).check());
  await expect(page.getByText("★ 4.0 average from 1 rating")).toBeVisible();
  await page.reload();
  await expect(page.getByRole("radio", { name: "4 stars" })).toBeChecked();
  await logOut(page, first);

  await signUp(page);
  await page.goto(url);
  // Keyboard: focus the first star and move with the arrow keys.
  await page.getByRole("radio", { name: "1 star", exact: true }).focus();
  await settled(page, () => page.keyboard.press("ArrowRight"));
  await expect(page.getByText("★ 3.0 average from 2 ratings")).toBeVisible();
  await settled(page, () => page.getByRole("radio", { name: "5 stars" }).check());
  await expect(page.getByText("★ 4.5 average from 2 ratings")).toBeVisible();
  await page.getByRole("button", { name: "Remove my rating" }).click();
  await expect(page.getByText("★ 4.0 average from 1 rating")).toBeVisible();

  await page.goto("/");
  await expect(page.locator(".artwork-card", { hasText: title })).toContainText("★ 4.0 (1)");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a rating is saved with a plain form post", async ({ page, browser }) => {
    const artistContext = await browser.newContext();
    const artistPage = await artistContext.newPage();
    await signUp(artistPage);
    const url = await uploadArtwork(artistPage, `No-JS rated ${Date.now()}`);
    await artistContext.close();

    await signUp(page);
    await page.goto(url);
    await page.getByRole("radio", { name: "3 stars" }).check();
    await page.getByRole("button", { name: "Save rating" }).click();
    await expect(page.getByText("★ 3.0 average from 1 rating")).toBeVisible();
  });
});

test("the sort control orders the gallery, ignores unknown values, and explains itself", async ({ page }) => {
  await page.goto("/?sort=bogus&period=forever");
  await expect(page.getByRole("heading", { name: "Gallery", level: 1 })).toBeVisible();
  await expect(page.getByLabel("Sort by")).toHaveValue("new");

  await page.getByLabel("Sort by").selectOption("top");
  await page.getByLabel("Period (top, most rated and most favourited)").selectOption("week");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/\?sort=top&period=week/);
  await expect(page.getByText("top rated first")).toBeVisible();

  await page.getByRole("link", { name: "How ranking works" }).click();
  await expect(page.getByRole("heading", { name: "How ranking works", level: 1 })).toBeVisible();
  await expect(page.getByText("One 5-star vote scores 3.33; a hundred votes averaging 4.8 score 4.71.")).toBeVisible();
});

test("two members rate two artworks and the top rated order follows", async ({ page, browser }) => {
  test.slow(); // several members and uploads: give a loaded machine room
  const artist = await signUp(page);
  const first = `Dawn ${Date.now()}`;
  const second = `Dusk ${Date.now()}`;
  const firstUrl = await uploadArtwork(page, first);
  const secondUrl = await uploadArtwork(page, second);
  const topTitles = async () => {
    await page.goto(`/u/${artist}?sort=top`);
    return page.locator(".artwork-card-title").allTextContents();
  };
  expect(await topTitles()).toEqual([second, first]); // unrated: equal scores, newest id first

  async function rateAs(url: string, stars: string) {
    const context = await browser.newContext();
    const member = await context.newPage();
    await signUp(member);
    await member.goto(url);
    await settled(member, () => member.getByRole("radio", { name: stars }).check());
    await expect(member.getByText(/average from/)).toContainText(/from \d rating/);
    return { member, context };
  }

  const fan = await rateAs(firstUrl, "5 stars");
  await expect(fan.member.getByText("★ 5.0 average from 1 rating")).toBeVisible();
  expect(await topTitles()).toEqual([first, second]);

  await fan.member.goto(secondUrl);
  await settled(fan.member, () => fan.member.getByRole("radio", { name: "5 stars" }).check());
  await expect(fan.member.getByText("★ 5.0 average from 1 rating")).toBeVisible();
  const critic = await rateAs(secondUrl, "5 stars");
  await expect(critic.member.getByText("★ 5.0 average from 2 ratings")).toBeVisible();

  expect(await topTitles()).toEqual([second, first]);
  await expect(page.locator(".artwork-card", { hasText: second })).toContainText("★ 5.0 (2)");
  await expect(page.locator(".artwork-card", { hasText: first })).toContainText("★ 5.0 (1)");
  await fan.context.close();
  await critic.context.close();
});

test("a signed-out replay of the rating form is sent to log in and writes nothing", async ({ page, browser }) => {
  test.slow(); // several members and uploads: give a loaded machine room
  const artistContext = await browser.newContext();
  const artistPage = await artistContext.newPage();
  await signUp(artistPage);
  const url = await uploadArtwork(artistPage, `Guarded ${Date.now()}`);
  await artistContext.close();

  await signUp(page);
  const noScript = await browser.newContext({ javaScriptEnabled: false, storageState: await page.context().storageState() });
  const memberPage = await noScript.newPage();
  await memberPage.goto(url);
  const fields = [...(await hiddenFieldsOf(memberPage, "form:has(fieldset.stars)")), ["value", "5"]];
  await noScript.close();

  const visitorContext = await browser.newContext();
  const visitor = await visitorContext.newPage();
  await visitor.goto(url);
  await replayForm(visitor, fields);
  await expect(visitor).toHaveURL(/\/login/);
  await visitor.goto(url);
  await expect(visitor.getByText("★ No ratings yet")).toBeVisible();
  await visitorContext.close();
});
