import { expect, test } from "@playwright/test";
import { formAlert, signUp, uniqueName } from "./support/accounts";
import { signUpAdmin } from "./support/admin";
import { uploadArtwork } from "./support/artworks";
import { reportArtwork } from "./support/reports";

test("a member reports an artwork once, an admin dismisses it with a note, and the member reads the outcome", async ({ browser }) => {
  test.slow(); // three accounts and an upload on a shared machine
  const title = `Sunset ${Date.now()}`;
  const note = "This is my painting from 2019, traced.";
  const resolution = "Checked: both are studies of the same public photo.";

  const owner = await browser.newPage();
  await signUp(owner);
  const artworkUrl = await uploadArtwork(owner, title);
  // No "Report" link on one's own artwork.
  await expect(owner.getByRole("link", { name: /^Report/ })).toHaveCount(0);

  // The reporter's browser runs no JavaScript: the form works as a plain post.
  const reporterContext = await browser.newContext({ javaScriptEnabled: false });
  const reporter = await reporterContext.newPage();
  const reporterName = await signUp(reporter, uniqueName("reporter"));
  await reportArtwork(reporter, artworkUrl, title, "Stolen art / copyright", note);
  await expect(reporter.getByText("Thanks — moderators will review it.")).toBeVisible();
  await reporter.getByRole("link", { name: "Back to it" }).click();
  await expect(reporter.getByRole("heading", { name: title, level: 1 })).toBeVisible();

  await reportArtwork(reporter, artworkUrl, title, "Spam", "Again");
  await expect(formAlert(reporter)).toHaveText("You have already reported this; moderators will look at it.");

  const response = await reporter.goto("/admin/reports");
  expect(response?.status()).toBe(404);

  const admin = await (await browser.newContext()).newPage();
  await signUpAdmin(admin);
  await admin.goto("/admin/reports");
  const item = admin.getByRole("listitem").filter({ has: admin.getByRole("link", { name: title }) });
  await expect(item.getByRole("heading", { level: 3 })).toHaveText("Stolen art / copyright: artwork");
  await expect(item).toContainText(note);
  await expect(item.getByRole("link", { name: reporterName })).toBeVisible();
  await item.getByText("Dismiss…").click();
  await item.getByLabel("Resolution note (the reporter sees it)").fill(resolution);
  await item.getByRole("button", { name: "Dismiss report" }).click();
  await expect(item.getByText("Report dismissed.")).toBeVisible();
  await admin.goto("/admin/reports?status=resolved");
  await expect(admin.getByRole("listitem").filter({ has: admin.getByRole("link", { name: title }) })).toContainText(
    `No action: ${resolution}`,
  );

  await reporter.goto("/settings/reports");
  const mine = reporter.getByRole("listitem").filter({ hasText: title });
  await expect(mine).toContainText("Stolen art / copyright");
  await expect(mine).toContainText("Resolved");
  await expect(mine).toContainText(`No action: ${resolution}`);
});
