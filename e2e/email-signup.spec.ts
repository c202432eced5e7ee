import { expect, test, type Browser } from "@playwright/test";
import { expectSignedIn, formStatus, logIn, logOut, signUp, signUpUnconfirmed, uniqueEmail, uniqueName } from "./support/accounts";
import { uploadArtwork } from "./support/artworks";
import { linkIn, mailTo, mailsTo } from "./support/mail";
import { screenshots } from "./support/screenshots";

const VERIFY_SUBJECT = /Confirm your email address/;

async function newPage(browser: Browser, options: { javaScriptEnabled?: boolean } = {}) {
  return (await browser.newContext(options)).newPage();
}

test("sign up with an address, follow the mailed link, confirm, and upload", async ({ page, browser }) => {
  test.slow(); // two mails through the outbox and the catcher, and an upload
  const username = uniqueName("signup");
  const email = uniqueEmail("signup");
  await signUpUnconfirmed(page, username, email);
  const first = await mailTo(email, VERIFY_SUBJECT);

  // Until the address is confirmed, uploads and new rooms wait, and the pages say why.
  await page.goto("/upload");
  await expect(page.getByText(`To upload artwork, confirm your email address first: open the link we mailed to ${email}.`)).toBeVisible();
  await expect(page.getByLabel("Image")).toHaveCount(0);
  await screenshots(page, "upload-unconfirmed");
  await page.goto("/chat");
  await expect(page.getByText(/^To start chat rooms, confirm your email address first/)).toBeVisible();
  await page.getByRole("button", { name: "Send the link again" }).click();
  await expect(formStatus(page)).toHaveText(`We sent a new link to ${email}. It can take a few minutes to arrive.`);
  await expect
    .poll(async () => (await mailsTo(email)).filter((mail) => VERIFY_SUBJECT.test(mail.subject)).length, { timeout: 20_000 })
    .toBe(2);

  // The older link stopped working; opening the newest (as a mail scanner would) changes nothing until the button.
  await page.goto(linkIn(first, "/verify-email"));
  await expect(page.getByRole("alert").filter({ hasText: "already been used" })).toBeVisible();
  const newest = await mailTo(email, VERIFY_SUBJECT);
  const link = linkIn(newest, "/verify-email");
  const scanner = await newPage(browser);
  await scanner.goto(link);
  await page.goto(link);
  await expect(page.getByRole("button", { name: "Confirm my address" })).toBeVisible();
  await screenshots(page, "verify-email");
  await page.goto("/upload");
  await expect(page.getByLabel("Image")).toHaveCount(0);

  await page.goto(link);
  await page.getByRole("button", { name: "Confirm my address" }).click();
  await expect(page.getByRole("status")).toHaveText("Your email address is confirmed. You can now upload artwork and start chat rooms.");
  await uploadArtwork(page, `First light ${Date.now()}`);

  // The address is also a way to log in, in any letter case.
  await logOut(page, username);
  await logIn(page, email.toUpperCase());
  await expectSignedIn(page, username);
});

test("an address already in use gets the same page, the owner a mail, and the newcomer the request to add one", async ({
  page,
  browser,
}) => {
  test.slow(); // mails through the outbox and the catcher
  const owner = await newPage(browser);
  const ownerName = uniqueName("owner");
  const email = uniqueEmail("owner");
  await signUpUnconfirmed(owner, ownerName, email);
  const ownerLanding = owner.url();

  const newcomer = uniqueName("newcomer");
  await signUpUnconfirmed(page, newcomer, email.toUpperCase());
  expect(page.url()).toBe(ownerLanding);
  const warning = await mailTo(email, /Someone tried to sign up with your email address/);
  expect(warning.text).toContain(`Hello ${ownerName},`);
  expect((await mailsTo(email)).map((mail) => mail.subject).sort()).toEqual(
    [warning.subject, (await mailTo(email, VERIFY_SUBJECT)).subject].sort(),
  );

  // The newcomer's account has no address: a notice on every page asks for one, until dismissed.
  const notice = page.getByRole("complementary", { name: "Add an email address" });
  await expect(notice).toBeVisible();
  await expect(notice.getByRole("link", { name: "Add an email address" })).toHaveAttribute("href", "/settings/email");
  await page.goto("/upload");
  await expect(page.getByText("To upload artwork, add an email address to your account and confirm it.")).toBeVisible();
  await screenshots(page, "upload-without-address");
  await notice.getByRole("button", { name: "Dismiss" }).click();
  await expect(notice).toHaveCount(0);
  await page.goto("/");
  await expect(notice).toHaveCount(0);
  // The gate stays: dismissing the notice does not let the member upload.
  await page.goto("/upload");
  await expect(page.getByRole("link", { name: "Add an email address" })).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the notice is dismissed and the link confirmed by plain form posts", async ({ page, browser }) => {
    const owner = await newPage(browser, { javaScriptEnabled: false });
    const email = uniqueEmail("nojs");
    await signUpUnconfirmed(owner, uniqueName("nojs_owner"), email);
    await signUpUnconfirmed(page, uniqueName("nojs"), email);
    const notice = page.getByRole("complementary", { name: "Add an email address" });
    await notice.getByRole("button", { name: "Dismiss" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(notice).toHaveCount(0);

    await owner.goto(linkIn(await mailTo(email, VERIFY_SUBJECT), "/verify-email"));
    await owner.getByRole("button", { name: "Confirm my address" }).click();
    await expect(owner.getByRole("status")).toHaveText("Your email address is confirmed. You can now upload artwork and start chat rooms.");
  });
});

test("a member signed in elsewhere cannot confirm someone else's address with its link", async ({ page, browser }) => {
  const email = uniqueEmail("victim");
  const owner = await newPage(browser);
  await signUpUnconfirmed(owner, uniqueName("victim"), email);
  await signUp(page);
  await page.goto(linkIn(await mailTo(email, VERIFY_SUBJECT), "/verify-email"));
  await page.getByRole("button", { name: "Confirm my address" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "This link confirms the address of another account" })).toBeVisible();
  await owner.goto("/upload");
  await expect(owner.getByRole("button", { name: "Send the link again" })).toBeVisible();
});
