import { expect, test, type Page } from "@playwright/test";
import { PASSWORD, expectSignedIn, formAlert, logOut, signUp, uniqueEmail, uniqueName } from "./support/accounts";
import { countUsersNamed } from "./support/database";

async function submitSignUp(page: Page, username: string, password: string) {
  await page.goto("/register");
  // Set values directly, as a hostile client would, past maxlength and pattern hints.
  await page.getByLabel("Username").evaluate((input, value) => ((input as HTMLInputElement).value = value), username);
  await page.getByLabel("Email address").fill(uniqueEmail());
  await page.getByLabel("Password").evaluate((input, value) => ((input as HTMLInputElement).value = value), password);
  await page.getByRole("button", { name: "Create account" }).click();
}

function fieldNote(page: Page, label: string) {
  return page.locator(`#field-${label.toLowerCase()}-note`);
}

const badSignUps = [
  {
    case: "invalid characters",
    username: "mira paints!",
    password: PASSWORD,
    field: "Username",
    message: "Use only letters, digits, _ and -",
  },
  {
    case: "a reserved name",
    username: "Admin",
    password: PASSWORD,
    field: "Username",
    message: "This username is reserved; choose another",
  },
  { case: "a short username", username: "ab", password: PASSWORD, field: "Username", message: "Username must be at least 3 characters" },
  { case: "an empty username", username: "", password: PASSWORD, field: "Username", message: "Enter a username" },
  {
    case: "a short password",
    username: uniqueName(),
    password: "tiny",
    field: "Password",
    message: "Password must be at least 8 characters",
  },
  {
    case: "a long password",
    username: uniqueName(),
    password: "p".repeat(129),
    field: "Password",
    message: "Password must be at most 128 characters",
  },
  {
    case: "a common password",
    username: uniqueName(),
    password: "Password123",
    field: "Password",
    message: "This password is too common; choose one that is harder to guess",
  },
  { case: "an empty password", username: uniqueName(), password: "", field: "Password", message: "Enter a password" },
];

for (const bad of badSignUps) {
  test(`sign-up with ${bad.case} explains the problem next to the field and writes nothing`, async ({ page }) => {
    await submitSignUp(page, bad.username, bad.password);
    await expect(fieldNote(page, bad.field)).toHaveText(bad.message);
    await expect(page.getByLabel(bad.field)).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel("Username")).toHaveValue(bad.username);
    await expect(page.getByLabel("Password")).toHaveValue("");
    if (bad.username) expect(countUsersNamed(bad.username)).toBe(0);
  });
}

test("a one-megabyte username gets a message, not an error page", async ({ page }) => {
  await submitSignUp(page, "x".repeat(1024 * 1024), PASSWORD);
  await expect(fieldNote(page, "Username")).toHaveText("Username must be at most 30 characters");
  await expect(page.getByRole("heading", { name: "Join the collective" })).toBeVisible();
});

test("a username taken in another letter case is refused and kept in the form", async ({ page }) => {
  const taken = await signUp(page, uniqueName("Taken"));
  await logOut(page, taken);
  const attempt = taken.toUpperCase();
  await submitSignUp(page, attempt, "another fine passphrase");
  await expect(fieldNote(page, "Username")).toHaveText("This username is taken; choose another");
  // A screen reader reads the error once, as the field's description, not again inside its name.
  const field = page.getByRole("textbox", { name: "Username", exact: true });
  await expect(field).toHaveAccessibleName("Username");
  await expect(field).toHaveAccessibleDescription("This username is taken; choose another");
  await expect(field).toHaveValue(attempt);
  expect(countUsersNamed(taken)).toBe(1);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("sign-up and log-in still work and still explain mistakes", async ({ page }) => {
    await page.goto("/register");
    await page.getByLabel("Username").fill("ab");
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(fieldNote(page, "Username")).toHaveText("Username must be at least 3 characters");

    const username = uniqueName("nojs");
    await page.getByLabel("Username").fill(username);
    await page.getByLabel("Email address").fill(uniqueEmail());
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Create account" }).click();
    await expectSignedIn(page, username);

    await logOut(page, username);
    await page.goto("/login");
    await page.getByLabel("Username").fill(username);
    await page.getByLabel("Password").fill("wrong password here");
    await page.getByRole("button", { name: "Log in" }).click();
    await expect(formAlert(page)).toHaveText("Wrong username or password.");
  });
});
