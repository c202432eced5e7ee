import { expect, test, type Page } from "@playwright/test";
import { signUp } from "./support/accounts";
import { uploadArtwork } from "./support/artworks";
import { screenshots } from "./support/screenshots";

/** An artwork's card in a list, by its title. */
const card = (page: Page, title: string) => page.locator(".artwork-grid").getByRole("heading", { name: title, level: 2 });
const mutedNote = (page: Page, tag: string) =>
  page.getByRole("note").filter({ hasText: `Some artwork is hidden because you muted #${tag}` });

test("an artist tags an upload; it is found from the tag link on its page and on the tag's own page", async ({ page }) => {
  test.slow(); // two uploads and a production build's first page loads
  const stamp = Date.now().toString(36);
  const tag = `tideline-${stamp}`;
  await signUp(page);
  const title = `Low tide ${stamp}`;
  const url = await uploadArtwork(page, title, undefined, { tags: `#Tideline-${stamp}, Watercolour, 水彩` });

  // The artwork page lists its tags in the order typed, normalised, as links.
  const tagLinks = page.getByRole("navigation", { name: "Tags" }).getByRole("link");
  await expect(tagLinks).toHaveText([`#${tag}`, "#watercolour", "#水彩"]);
  await tagLinks.first().click();
  await expect(page.getByRole("heading", { name: `#${tag}`, level: 1 })).toBeVisible();
  await expect(card(page, title)).toBeVisible();

  // Another spelling of the tag leads to its one address; an unknown tag is not found.
  await page.goto(`/tags/Tideline-${stamp.toUpperCase()}?sort=top`);
  await expect(page).toHaveURL(new RegExp(`/tags/${tag}\\?sort=top$`));
  expect((await page.goto(`/tags/nothing-${stamp}`))?.status()).toBe(404);

  // The next upload's tags field suggests the tag as it is typed (the whole list, the last tag completed).
  await page.goto("/upload");
  const field = page.getByLabel("Tags (optional)");
  await field.pressSequentially(`ink, tideline-${stamp.slice(0, 3)}`);
  await expect(page.locator("#field-tags-suggestions option")).toHaveAttribute("value", `ink, ${tag}`);
  await page.getByLabel("Title", { exact: true }).fill("Tags shown");
  await field.fill(`ink, ${tag}, 🎨`);
  await screenshots(page, "upload-with-tags");

  // The edit form shows the tags and replaces them in the order typed.
  await page.goto(url);
  await page.getByText("Edit title, description and tags").click();
  await expect(page.getByLabel("Tags (optional)")).toHaveValue(`${tag}, watercolour, 水彩`);
  await page.getByLabel("Tags (optional)").fill(`水彩, ${tag}`);
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Saved.")).toBeVisible();
  await page.reload();
  await expect(page.getByRole("navigation", { name: "Tags" }).getByRole("link")).toHaveText(["#水彩", `#${tag}`]);

  await page.goto(`/tags/${tag}`);
  await screenshots(page, "tag-page");
});

test("a muted tag's artwork is absent from the member's gallery, tag page and others' profiles, and present for everyone else", async ({
  page,
  browser,
}) => {
  test.slow(); // an upload and three members
  const stamp = Date.now().toString(36);
  const tag = `spiders-${stamp}`;
  const artist = await signUp(page);
  const title = `Orb weaver ${stamp}`;
  const url = await uploadArtwork(page, title, undefined, { tags: `${tag} nature` });
  await page.goto(`/u/${artist}`);
  await expect(card(page, title)).toBeVisible();

  const member = await (await browser.newContext()).newPage();
  await signUp(member);
  await member.goto("/settings/muted-tags");
  await member.getByLabel("Tag to mute").fill(`nothing-${stamp}`);
  await member.getByRole("button", { name: "Mute tag" }).click();
  await expect(member.getByText(`No artwork is tagged #nothing-${stamp}, so there is nothing to mute`)).toBeVisible();
  await member.getByLabel("Tag to mute").fill(`#Spiders-${stamp}`);
  await member.getByRole("button", { name: "Mute tag" }).click();
  await expect(member.getByText(`Muted #${tag}: its artwork no longer shows in your lists.`)).toBeVisible();
  await expect(member.getByRole("button", { name: `Unmute #${tag}` })).toBeVisible();
  await screenshots(member, "settings-muted-tags-list");

  for (const path of ["/", `/tags/${tag}`, `/u/${artist}`]) {
    await member.goto(path);
    await expect(mutedNote(member, tag), path).toBeVisible();
    await expect(card(member, title), path).toHaveCount(0);
  }
  // Every list leaves it out, the artwork's other tags too; its page, reached by link, still opens.
  await member.goto(`/tags/nature`);
  await expect(card(member, title)).toHaveCount(0);
  await member.goto(url);
  await expect(member.getByRole("heading", { name: title, level: 1 })).toBeVisible();

  // Others see it: the artist on their own profile, another member and a visitor on the tag page.
  await page.goto(`/u/${artist}`);
  await expect(card(page, title)).toBeVisible();
  const other = await (await browser.newContext()).newPage();
  await other.goto(`/tags/${tag}`);
  await expect(card(other, title)).toBeVisible();
  await signUp(other);
  await other.goto(`/tags/${tag}`);
  await expect(card(other, title)).toBeVisible();
  await expect(mutedNote(other, tag)).toHaveCount(0);

  // Unmuted, it is back.
  await member.goto("/settings/muted-tags");
  await member.getByRole("button", { name: `Unmute #${tag}` }).click();
  // Its row goes with it (the list re-renders).
  await expect(member.getByText("You have not muted any tags.")).toBeVisible();
  await member.goto(`/tags/${tag}`);
  await expect(card(member, title)).toBeVisible();
});
