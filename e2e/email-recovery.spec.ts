import { expect, test, type Browser, type Page } from "@playwright/test";
import { PASSWORD, expectSignedIn, formStatus, logIn, signUp, uniqueName } from "./support/accounts";
import { linkIn, mailTo, mailsTo } from "./support/mail";

const NEW_PASSWORD = "amber quarry lighthouse";
const shots = [
  { name: "desktop", width: 1280, height: 800, colorScheme: "light" },
  { name: "desktop", width: 1280, height: 800, colorScheme: "dark" },
  { name: "phone", width: 360, height: 740, colorScheme: "light" },
  { name: "phone", width: 360, height: 740, colorScheme: "dark" },
] as const;

/** The pages a mailed link opens, at both widths and in both schemes, each without sideways scrolling. */
async function screenshots(page: Page, name: string) {
  const viewport = page.viewportSize();
  for (const shot of shots) {
    await page.setViewportSize(shot);
    await page.emulateMedia({ colorScheme: shot.colorScheme });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `e2e/.artifacts/screenshots/${name}-${shot.name}-${shot.colorScheme}.png`, fullPage: true });
  }
  if (viewport) await page.setViewportSize(viewport);
  await page.emulateMedia({ colorScheme: null });
}

const uniqueEmail = (prefix: string) => `${uniqueName(prefix)}@example.org`;

/** Gives the signed-in member an address (or a new one) through Settings, following the link mailed to it. */
async function setAddress(page: Page, email: string, password = PASSWORD) {
  await page.goto("/settings/email");
  const field = page.getByLabel("Email address", { exact: true }).or(page.getByLabel("New email address", { exact: true }));
  await field.fill(email);
  await page.getByLabel("Current password").fill(password);
  await page.getByRole("button", { name: "Send a confirmation link" }).click();
  await expect(formStatus(page)).toContainText(`We have sent a link to ${email}`);
  const mail = await mailTo(email, /Confirm your new Artist Collective address/);
  await page.goto(linkIn(mail, "/email-change/confirm"));
  return mail;
}

async function confirmAddress(page: Page, email: string) {
  await page.getByRole("button", { name: "Use this address" }).click();
  await expect(page.getByRole("status")).toContainText(`Your address is now ${email}.`);
}

async function visitor(browser: Browser) {
  return (await browser.newContext()).newPage();
}

test("a forgotten password: the link by mail, a new password, and every old session signed out", async ({ page, browser }) => {
  test.slow(); // several mails through the outbox and the catcher
  const username = await signUp(page);
  const email = uniqueEmail("forgot");
  await setAddress(page, email);
  await confirmAddress(page, email);

  const stranger = await visitor(browser);
  await stranger.goto("/login");
  await stranger.getByRole("link", { name: "Forgot your password?" }).click();
  await expect(stranger.getByRole("heading", { name: "Forgot your password?", level: 1 })).toBeVisible();
  await screenshots(stranger, "forgot-password");

  const unknown = uniqueEmail("nobody");
  await stranger.getByLabel("Email address").fill(unknown);
  await stranger.getByRole("button", { name: "Send me a link" }).click();
  const sameAnswer = (await formStatus(stranger).textContent()) ?? "";
  expect(sameAnswer).toContain("If an account has this address, we have sent it a link");

  await stranger.getByLabel("Email address").fill(email);
  await stranger.getByRole("button", { name: "Send me a link" }).click();
  await expect(formStatus(stranger)).toHaveText(sameAnswer);

  const resetMail = await mailTo(email, /Reset your Artist Collective password/);
  expect(await mailsTo(unknown)).toEqual([]);
  await stranger.goto(linkIn(resetMail, "/reset-password"));
  await expect(stranger.getByRole("heading", { name: "Choose a new password", level: 1 })).toBeVisible();
  await screenshots(stranger, "reset-password");
  await stranger.getByLabel("New password", { exact: true }).fill(NEW_PASSWORD);
  await stranger.getByLabel("Repeat the new password").fill(NEW_PASSWORD);
  await stranger.getByRole("button", { name: "Set the new password" }).click();
  await expect(stranger.getByRole("status")).toContainText("Log in with your new password.");
  await expect(stranger.getByLabel(`Account menu for ${username}`)).toBeHidden();

  // The session from before the reset is over.
  await page.goto("/settings/email");
  await expect(page).toHaveURL(/\/login/);
  await mailTo(email, /Your Artist Collective password was changed/);

  // The link worked once.
  await stranger.goto(linkIn(resetMail, "/reset-password"));
  await expect(stranger.getByRole("alert").filter({ hasText: "already been used" })).toBeVisible();

  await logIn(stranger, username, NEW_PASSWORD);
  await expectSignedIn(stranger, username);
});

test("a change of address: confirmed from the new address, the old one told, and undone from there", async ({ page, browser }) => {
  test.slow();
  await signUp(page);
  const [oldEmail, newEmail] = [uniqueEmail("old"), uniqueEmail("new")];
  await setAddress(page, oldEmail);
  await confirmAddress(page, oldEmail);
  await page.goto("/settings/email");
  await expect(page.getByText(`Your address is ${oldEmail} (confirmed).`)).toBeVisible();
  await screenshots(page, "settings-email-with-address");

  await setAddress(page, newEmail);
  await expect(page.getByRole("heading", { name: "Confirm your new address", level: 1 })).toBeVisible();
  await screenshots(page, "confirm-email-change");
  await confirmAddress(page, newEmail);

  const notice = await mailTo(oldEmail, /Your Artist Collective address was changed/);
  const signedOut = await visitor(browser);
  await signedOut.goto(linkIn(notice, "/email-change/undo"));
  await expect(signedOut.getByRole("heading", { name: "Undo the change of address", level: 1 })).toBeVisible();
  await screenshots(signedOut, "undo-email-change");
  await signedOut.getByRole("button", { name: "Put my address back" }).click();
  await expect(signedOut.getByRole("status")).toContainText(`Your address is ${oldEmail} again`);

  // Undoing ends every session, the one that made the change too.
  await page.goto("/settings/email");
  await expect(page).toHaveURL(/\/login/);
});

test("another member's confirmation link is refused, and the address stays unchanged", async ({ page, browser }) => {
  await signUp(page);
  const email = uniqueEmail("mine");
  await setAddress(page, email);
  const link = page.url();
  const other = await visitor(browser);
  await signUp(other);
  await other.goto(link);
  await expect(other.getByRole("alert").filter({ hasText: "This link was sent for another account." })).toBeVisible();
  await confirmAddress(page, email);
});
