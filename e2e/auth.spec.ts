import { expect, test } from "@playwright/test";
import { PASSWORD, expectSignedIn, formAlert, logIn, logOut, signUp, uniqueName } from "./support/accounts";

test("a new artist signs up, logs out and logs back in", async ({ page }) => {
  const username = await signUp(page);
  const menu = page.getByLabel(`Account menu for ${username}`);
  await expect(menu).toBeVisible();
  await expect(page.getByRole("link", { name: "Sign up" })).toHaveCount(0);

  await logOut(page, username);
  await expect(page).toHaveURL("/");

  await logIn(page, username);
  await expectSignedIn(page, username);
});

test("a wrong password and an unknown username get the same message", async ({ page }) => {
  const username = await signUp(page);
  await logOut(page, username);

  await logIn(page, username, "not my password at all");
  await expect(formAlert(page)).toHaveText("Wrong username or password.");
  await expect(page.getByLabel("Username")).toHaveValue(username);
  await expect(page.getByLabel("Password")).toHaveValue("");

  await logIn(page, uniqueName("nobody"), PASSWORD);
  await expect(formAlert(page)).toHaveText("Wrong username or password.");
});

test("after ten failed attempts the account is throttled with a clear wait time", async ({ page }) => {
  test.slow(); // eleven real Argon2 log-ins: give a loaded machine room
  const username = await signUp(page);
  await logOut(page, username);

  for (let attempt = 1; attempt <= 10; attempt++) {
    await logIn(page, username, `wrong guess ${attempt}`);
    await expect(formAlert(page)).toHaveText("Wrong username or password.");
  }
  // Even the right password is refused until the window passes.
  await logIn(page, username, PASSWORD);
  // One attempt refills every 90 seconds (10 per 15 minutes).
  await expect(formAlert(page)).toHaveText(/^Too many attempts\. Try again in (\d+ seconds|2 minutes)\.$/);
});

test("logging out ends the session everywhere, even for a copied cookie", async ({ page, browser }) => {
  const username = await signUp(page);
  const stolenCookies = await page.context().cookies();
  await logOut(page, username);

  const otherDevice = await browser.newContext();
  await otherDevice.addCookies(stolenCookies);
  const otherPage = await otherDevice.newPage();
  await otherPage.goto("/");
  await expect(otherPage.getByRole("link", { name: "Log in", exact: true })).toBeVisible();
  await expect(otherPage.getByLabel(`Account menu for ${username}`)).toHaveCount(0);
  await otherDevice.close();
});

test("a tampered session cookie reads as signed out, not as an error", async ({ page, context }) => {
  await signUp(page);
  const cookies = await context.cookies();
  const session = cookies.find((cookie) => cookie.name.includes("session-token"));
  expect(session).toBeDefined();
  await context.clearCookies();
  await context.addCookies([{ ...session!, value: `${session!.value.slice(0, -6)}AAAAAA` }]);

  const response = await page.goto("/");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("link", { name: "Log in", exact: true })).toBeVisible();
});

test("log-in returns the member to the page they came from", async ({ page }) => {
  const username = await signUp(page);
  await logOut(page, username);
  await page.goto("/logout");
  await expect(page).toHaveURL("/");

  await page.goto(`/login?callbackUrl=${encodeURIComponent("/logout")}`);
  await page.getByLabel("Username").fill(username);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page).toHaveURL("/logout");
  await expect(page.getByRole("heading", { name: "Log out" })).toBeVisible();
});

test("a redirect target after log-in never leaves the site, however it is disguised", async ({ page }) => {
  await signUp(page);
  // A tab or a line break inside "//": browsers drop both and would read another host.
  for (const disguised of [
    "%2F%09%2Fexample.org",
    "%2F%0A%2Fexample.org",
    "%2F%5Cexample.org",
    "%2F.%2F%2Fexample.org",
    "https%3A%2F%2Fexample.org",
  ]) {
    const response = await page.request.get(`/login?callbackUrl=${disguised}`, { maxRedirects: 0 });
    expect(response.status(), disguised).toBe(307);
    expect(response.headers()["location"], disguised).toBe("/");
  }
  const honest = await page.request.get(`/login?callbackUrl=${encodeURIComponent("/upload?from=menu")}`, { maxRedirects: 0 });
  expect(honest.headers()["location"]).toBe("/upload?from=menu");
});

test("the account menu works with the keyboard alone", async ({ page }) => {
  const username = await signUp(page);
  const summary = page.getByLabel(`Account menu for ${username}`);
  await summary.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("link", { name: "Settings" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Profile" })).toHaveAttribute("href", `/u/${username}`);
});
