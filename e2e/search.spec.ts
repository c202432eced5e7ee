import { expect, test } from "@playwright/test";
import { signUp } from "./support/accounts";
import { uploadArtwork } from "./support/artworks";
import { screenshots } from "./support/screenshots";

/** A word of letters only, its own in this run's database. */
const uniqueWord = () =>
  `Zq${Math.random()
    .toString(36)
    .replace(/[^a-z]/g, "")
    .slice(0, 8)}`;

test("an upload is found from the header's search by the start of a word of its title, with its artist", async ({ page }) => {
  test.slow(); // an upload: give a loaded machine room
  const artist = await signUp(page);
  const word = uniqueWord();
  await uploadArtwork(page, `Watercolour ${word} harbour`);

  await page.goto("/");
  const header = page.getByRole("banner");
  await header.getByLabel("Search", { exact: true }).fill(`water ${word.slice(0, 6)}`);
  await header.getByRole("button", { name: "Find art and artists" }).click();

  await expect(page).toHaveURL(/\/search\?q=water/);
  await expect(page.getByLabel("Search art and artists")).toHaveValue(`water ${word.slice(0, 6)}`);
  await expect(page.getByRole("status").filter({ hasText: "1 artwork matches" })).toBeVisible();
  await expect(page.getByRole("link", { name: `Watercolour ${word} harbour` }).first()).toBeVisible();

  await page.getByLabel("Search art and artists").fill(artist);
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page.getByRole("region", { name: "Artists" }).getByRole("link", { name: new RegExp(artist) })).toBeVisible();
  await screenshots(page, "search-results");

  await page.getByLabel("Search art and artists").fill(`${word} -harbour`);
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page.getByText(`No artwork matches “${word} -harbour”.`)).toBeVisible();
});

test("a hostile or empty search is answered with a message beside the field, never an error page", async ({ page }) => {
  for (const query of ["\"*^:()-+'\\%_;", "x".repeat(101), "   "]) {
    const response = await page.goto(`/search?q=${encodeURIComponent(query)}`);
    expect(response?.status()).toBe(200);
    const field = page.getByLabel("Search art and artists");
    await expect(field).toHaveAttribute("aria-invalid", "true");
    await expect(page.locator("#search-q-note")).toHaveText(/punctuation and symbols alone|at most 100 characters|Type a word/);
  }
  // Query-language words and SQL are only words to look for.
  for (const query of [`${uniqueWord()} NEAR(a b) AND c OR NOT`, `${uniqueWord()} "'; DROP TABLE \"Artwork\"; -- \\ % _`]) {
    const response = await page.goto(`/search?q=${encodeURIComponent(query)}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByText(/No artwork matches/)).toBeVisible();
  }
  await page.goto(`/search?q=${encodeURIComponent('"*^:()')}`);
  await screenshots(page, "search-refused");
});
