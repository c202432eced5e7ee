import { execFileSync } from "node:child_process";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { signUpUnconfirmed, uniqueEmail, uniqueName } from "./support/accounts";
import { uploadArtwork } from "./support/artworks";
import { confirmAddressOf } from "./support/database";
import { linkIn, mailTo, mailsTo } from "./support/mail";
import { screenshots } from "./support/screenshots";
import { e2eServerEnv } from "./support/server-env";

type Member = { page: Page; name: string; email: string };

async function member(browser: Browser, options: { javaScriptEnabled?: boolean } = {}): Promise<Member> {
  const page = await (await browser.newContext(options)).newPage();
  const [name, email] = [uniqueName(), uniqueEmail()];
  await signUpUnconfirmed(page, name, email);
  await confirmAddressOf(name);
  return { page, name, email };
}

const bell = (page: Page) => page.getByRole("link", { name: /^Notifications, / });

async function comment(page: Page, artworkUrl: string, text: string) {
  await page.goto(artworkUrl);
  await page.getByLabel("Add a comment").fill(text);
  await page.getByRole("button", { name: "Post comment" }).click();
  await expect(page.locator(".comment-body", { hasText: text })).toBeVisible();
}

test("a comment reaches the artist's bell without a reload, and the notification opens the comment", async ({ browser }) => {
  test.slow(); // two members, an upload and screenshots
  const artist = await member(browser);
  const fan = await member(browser);
  const title = `Lantern study ${Date.now()}`;
  const artworkUrl = await uploadArtwork(artist.page, title);
  await artist.page.goto("/");
  await expect(bell(artist.page)).toHaveAccessibleName("Notifications, none unread");

  await comment(fan.page, artworkUrl, "The light on the water is perfect");
  // The artist's page was not reloaded: the count arrives over their private channel.
  await expect(bell(artist.page)).toHaveAccessibleName("Notifications, 1 unread", { timeout: 15_000 });

  await bell(artist.page).click();
  await expect(artist.page).toHaveURL(/\/notifications$/);
  const sentence = `${fan.name} commented on “${title}”: “The light on the water is perfect”`;
  await expect(artist.page.getByRole("link", { name: `New ${sentence}` })).toBeVisible();
  await screenshots(artist.page, "notifications");

  await artist.page.getByRole("link", { name: `New ${sentence}` }).click();
  await expect(artist.page).toHaveURL(/\/art\/[^#]+#comment-\w+$/);
  const anchor = new URL(artist.page.url()).hash;
  await expect(artist.page.locator(`${anchor} .comment-body`)).toHaveText("The light on the water is perfect");
  await expect(bell(artist.page)).toHaveAccessibleName("Notifications, none unread");
});

test("an @mention links the member, notifies them at once by mail, and the mail's unsubscribe link stops that kind of mail", async ({
  browser,
}) => {
  test.slow();
  const [poster, mentioned, control] = [await member(browser), await member(browser), await member(browser)];
  const artworkUrl = await uploadArtwork(poster.page, `Harbour sketch ${Date.now()}`);
  await comment(poster.page, artworkUrl, `@${mentioned.name} what do you think?`);
  await expect(poster.page.getByRole("link", { name: `@${mentioned.name}` })).toHaveAttribute("href", `/u/${mentioned.name}`);

  const mail = await mailTo(mentioned.email, /mentioned you in a comment/);
  expect(mail.text).toContain(`@${mentioned.name} what do you think?`);
  expect(mail.headers["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");
  await mentioned.page.goto(linkIn(mail, `/notifications/${/\/notifications\/(\d+)/.exec(mail.text)?.[1]}`));
  await expect(mentioned.page).toHaveURL(/#comment-/);

  // The link in the mail needs no log-in: a fresh browser confirms with one button.
  const stranger = await (await browser.newContext()).newPage();
  await stranger.goto(linkIn(mail, "/api/unsubscribe"));
  await screenshots(stranger, "unsubscribe");
  await stranger.getByRole("button", { name: "Unsubscribe from replies and @mentions" }).click();
  await expect(stranger.getByRole("status")).toContainText(`${mentioned.name} gets no more mail about replies and @mentions`);
  await mentioned.page.goto("/settings/notifications");
  await expect(mentioned.page.getByRole("radio", { name: "Replies and @mentions No mail" })).toBeChecked();
  await screenshots(mentioned.page, "notification-settings");

  // Mentioned again beside a member still subscribed: once that one's mail is in, the first has had none.
  await comment(poster.page, artworkUrl, `@${mentioned.name} @${control.name} again`);
  await mailTo(control.email, /mentioned you in a comment/);
  expect((await mailsTo(mentioned.email)).filter((caught) => /mentioned you/.test(caught.subject))).toHaveLength(1);
});

test("the daily digest collects the day's follows and favourites in one mail, with its own unsubscribe", async ({ browser }) => {
  test.slow();
  const artist = await member(browser);
  const [first, second] = [await member(browser), await member(browser)];
  const title = `Digest piece ${Date.now()}`;
  await uploadArtwork(artist.page, title);
  for (const fan of [first, second]) {
    await fan.page.goto(`/u/${artist.name}`);
    await fan.page.getByRole("button", { name: `Follow ${artist.name}` }).click();
    await expect(fan.page.getByRole("button", { name: `Unfollow ${artist.name}` })).toBeVisible();
  }
  await first.page.getByRole("button", { name: `Add ${title} to favourites` }).click();
  await expect(first.page.getByRole("button", { name: `Remove ${title} from favourites` })).toBeVisible();

  execFileSync("npm", ["run", "--silent", "notifications:digests"], { env: { ...process.env, ...e2eServerEnv }, stdio: "pipe" });
  const digest = await mailTo(artist.email, /^Your day on Artist Collective: 2 new notifications$/);
  expect(digest.text).toContain(`• ${second.name} and ${first.name} followed you.`);
  expect(digest.text).toContain(`• ${first.name} favourited “${title}”.`);
  expect(digest.headers["list-unsubscribe"]).toMatch(/\/api\/unsubscribe\?token=/);
});

test("without JavaScript the bell counts on every page and the list marks everything read", async ({ browser }) => {
  const artist = await member(browser, { javaScriptEnabled: false });
  const fan = await member(browser);
  await fan.page.goto(`/u/${artist.name}`);
  await fan.page.getByRole("button", { name: `Follow ${artist.name}` }).click();
  await expect(fan.page.getByRole("button", { name: `Unfollow ${artist.name}` })).toBeVisible();

  await artist.page.goto("/");
  await expect(bell(artist.page)).toHaveAccessibleName("Notifications, 1 unread");
  await artist.page.goto("/notifications");
  await expect(artist.page.getByRole("link", { name: `New ${fan.name} followed you.` })).toBeVisible();
  await artist.page.getByRole("button", { name: "Mark all read" }).click();
  await expect(bell(artist.page)).toHaveAccessibleName("Notifications, none unread");
  await expect(artist.page.getByRole("link", { name: `${fan.name} followed you.`, exact: true })).toBeVisible();
});
