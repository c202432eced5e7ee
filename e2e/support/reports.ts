import { expect, type Page } from "@playwright/test";

/** Reports an artwork from its page, as a member would: the Report link, a category, a note. */
export async function reportArtwork(page: Page, artworkUrl: string, title: string, category: string, note: string) {
  await page.goto(artworkUrl);
  await page.getByRole("link", { name: `Report artwork “${title}”` }).click();
  await expect(page.getByRole("heading", { name: "Report artwork", level: 1 })).toBeVisible();
  await expect(page.getByRole("link", { name: title })).toBeVisible();
  await page.getByRole("group", { name: "What is wrong with it?" }).getByLabel(category).check();
  await page.getByLabel("Note for the moderators (optional)").fill(note);
  await page.getByRole("button", { name: "Send report" }).click();
}
