import { expect, type Page } from "@playwright/test";
import { testPicture } from "./images";

/** Uploads through the real form (with the tags typed, if any) and waits for the artwork page; returns its URL. */
export async function uploadArtwork(
  page: Page,
  title: string,
  file?: Awaited<ReturnType<typeof testPicture>>,
  { tags }: { tags?: string } = {},
) {
  await page.goto("/upload");
  await page.getByLabel("Image").setInputFiles(file ?? (await testPicture({ width: 640, height: 360 })));
  await page.getByLabel("Title", { exact: true }).fill(title);
  if (tags) await page.getByLabel("Tags (optional)").fill(tags);
  await page.getByRole("button", { name: "Upload artwork" }).click();
  await expect(page.getByRole("heading", { name: title, level: 1 })).toBeVisible({ timeout: 30_000 });
  return page.url();
}
