import { expect, test } from "@playwright/test";
import { signUp } from "./support/accounts";

/** A lone "%" once decoded, and escapes that are no UTF-8 at all, in every route with a dynamic segment. */
const ODD_ADDRESSES = [
  "/u/%25",
  "/u/%",
  "/u/%E0%A4%A",
  "/u/%ED%A0%80",
  "/art/%E0%A4%A",
  "/chat/%E0%A4%A",
  "/report/artwork/%E0%A4%A",
  "/report/%E0%A4%A/abc",
  "/admin/members/%E0%A4%A",
  "/media/avatars/%E0%A4%A/64.webp",
  "/api/chat/%E0%A4%A/messages?after=0",
];

test("an address whose escapes do not decode, or decode to a stray %, gets the 404 page, never a 500", async ({ request }) => {
  for (const address of ODD_ADDRESSES) {
    const response = await request.get(address, { maxRedirects: 0 });
    expect.soft(response.status(), address).toBe(404);
    expect.soft(await response.text(), address).toContain("Page not found");
  }
});

test("a profile address that decodes to a stray % is an artist not found, page and title alike", async ({ page }) => {
  // Next.js hands the metadata this segment decoded once already: "%", which no longer decodes.
  const response = await page.goto("/u/%25");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await expect(page).toHaveTitle("Artist not found · Artist Collective");
});

test("a display name that reads as another member's username or as the site's own is refused next to the field", async ({
  page,
  browser,
}) => {
  const other = await browser.newContext();
  const otherName = await signUp(await other.newPage());
  await other.close();
  await signUp(page);
  await page.goto("/settings/profile");
  const note = page.locator("#field-displayName-note");

  // Fullwidth letters, as a keyboard for Japanese types them.
  const fullwidth = [...otherName.toUpperCase()].map((char) => String.fromCodePoint(char.codePointAt(0)! + 0xfee0)).join("");
  await page.getByLabel("Display name").fill(fullwidth);
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(note).toHaveText("This display name reads as another member's username; choose another");
  await expect(page.getByLabel("Display name")).toHaveAttribute("aria-invalid", "true");

  await page.getByLabel("Display name").fill("ＡＤＭＩＮ");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(note).toHaveText("This display name reads as a name the site keeps for itself (such as Admin); choose another");

  await page.getByLabel("Display name").fill("Mira\u3164");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(note).toHaveText("The display name contains invisible characters (such as zero-width spaces); remove them");
});
