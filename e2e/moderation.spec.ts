import { expect, test, type Browser } from "@playwright/test";
import { signUp, uniqueName } from "./support/accounts";
import { signUpAdmin } from "./support/admin";
import { uploadArtwork } from "./support/artworks";
import { reportArtwork } from "./support/reports";

const newPage = async (browser: Browser) => (await browser.newContext()).newPage();

test("a reported artwork is hidden from the queue: it leaves the gallery, its owner sees why, the reporter sees the outcome, the log keeps it", async ({
  browser,
}) => {
  test.slow(); // three accounts and an upload on a shared machine
  const title = `Borrowed dawn ${Date.now()}`;
  const reason = "Traced from another artist's published work.";

  const owner = await newPage(browser);
  await signUp(owner, uniqueName("owner"));
  const artworkUrl = await uploadArtwork(owner, title);

  const reporter = await newPage(browser);
  await signUp(reporter, uniqueName("reporter"));
  await reportArtwork(reporter, artworkUrl, title, "Stolen art / copyright", "The original is on my portfolio.");
  await expect(reporter.getByText("Thanks — moderators will review it.")).toBeVisible();

  const admin = await newPage(browser);
  const adminName = await signUpAdmin(admin);
  await admin.goto("/admin/reports");
  const item = admin.getByRole("listitem").filter({ has: admin.getByRole("link", { name: title }) });
  await expect(item.getByRole("heading", { level: 3 })).toHaveText("Stolen art / copyright: artwork");
  await item.getByText(`Hide “${title}”…`).click();
  await item.getByLabel(`Reason for hiding “${title}” (the artist sees it)`).fill(reason);
  await item.getByRole("button", { name: "Hide artwork" }).click();
  // Acting on the target closes the report: it leaves the open queue.
  await expect(item).toHaveCount(0);

  await reporter.goto("/");
  await expect(reporter.getByRole("heading", { name: title, level: 2 })).toHaveCount(0);
  expect((await reporter.goto(artworkUrl))?.status()).toBe(404);

  await owner.goto(artworkUrl);
  await expect(owner.getByRole("note")).toContainText(`Hidden by moderators: ${reason}`);

  await reporter.goto("/settings/reports");
  const outcome = reporter.getByRole("listitem").filter({ hasText: title });
  await expect(outcome).toContainText("Resolved");
  await expect(outcome).toContainText("Artwork hidden");

  await admin.goto("/admin/audit?action=HIDE_ARTWORK");
  const entry = admin.getByRole("row").filter({ hasText: title });
  await expect(entry).toContainText("Hid artwork");
  await expect(entry).toContainText(adminName);
  await expect(entry).toContainText(reason);
});
