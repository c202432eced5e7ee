import { expect, test, type Page } from "@playwright/test";
import { expectSignedIn, logIn, signUp, uniqueName } from "./support/accounts";
import { signUpAdmin } from "./support/admin";
import { withDatabase } from "./support/database";

/** The admin's way to a member's page: search the list by name and follow the link. */
async function openMember(page: Page, username: string) {
  await page.goto("/admin/members");
  await page.getByLabel("Name", { exact: true }).fill(username.toUpperCase());
  await page.getByRole("button", { name: "Search members" }).click();
  await page.getByRole("link", { name: username, exact: true }).click();
  await expect(page.getByRole("heading", { name: username, level: 2 })).toBeVisible();
}

/** The confirmation of the moderation form that holds this button. */
function confirmationOf(page: Page, button: string | RegExp) {
  return page.locator("form.moderation-form", { has: page.getByRole("button", { name: button }) }).getByRole("status");
}

test("a ban ends the member's session in their own browser, and their log-in says until when and why", async ({ page, browser }) => {
  const memberContext = await browser.newContext();
  const memberPage = await memberContext.newPage();
  const member = await signUp(memberPage, uniqueName("banned"));
  await signUpAdmin(page);

  await openMember(page, member);
  await page.getByText("Ban member…").click();
  await page.getByLabel("Ban duration").selectOption({ label: "7 days" });
  await page.getByLabel("Reason (the member sees it)").fill("Spam: links in every comment");
  await page.getByRole("button", { name: "Ban member" }).click();
  await expect(confirmationOf(page, "Replace ban")).toHaveText(
    new RegExp(`^${member} is banned until .+ UTC\\. Their sessions have ended\\.$`),
  );
  await expect(page.locator(".member-summary")).toContainText("Banned until");
  await expect(page.getByRole("region", { name: "Moderation history" })).toContainText("Spam: links in every comment");

  // The member's next navigation, in their own browser, finds them signed out.
  await memberPage.goto("/settings/profile");
  await expect(memberPage).toHaveURL(/\/login/);
  await expect(memberPage.getByRole("link", { name: "Log in", exact: true })).toBeVisible();
  await logIn(memberPage, member);
  await expect(memberPage.locator("form [role=alert]")).toHaveText(
    /^This account is banned until \w{3}, \d\d \w{3} \d{4} \d\d:\d\d UTC\. Reason: Spam: links in every comment$/,
  );
  await memberContext.close();
});

test("members and visitors get the 404 page at /admin and /admin/members", async ({ page, browser }) => {
  const visitor = await browser.newContext();
  const visitorPage = await visitor.newPage();
  const member = await signUp(page);
  const memberId = withDatabase(
    (db) => (db.prepare("SELECT id FROM User WHERE usernameKey = ?").get(member.toLowerCase()) as { id: string }).id,
  );
  for (const path of ["/admin", "/admin/members", `/admin/members/${memberId}`]) {
    for (const someone of [page, visitorPage]) {
      const response = await someone.goto(path);
      expect(response?.status(), `${path}`).toBe(404);
      await expect(someone.getByRole("heading", { name: "Members" })).toHaveCount(0);
    }
  }
  await visitor.close();
});

// The last-admin refusal is a rule about the whole database, so it is tested
// on a private one (lib/moderation/members.test.ts): here other specs' admins
// act at the same time.
test("an admin can step down while another admin remains, and loses access at once", async ({ page, browser }) => {
  const admin = await signUpAdmin(page);
  const second = await browser.newContext();
  await signUpAdmin(await second.newPage(), uniqueName("helper"));
  await second.close();
  await openMember(page, admin);
  await page.getByText("Remove my admin role…").click();
  await page.getByRole("button", { name: "Remove my admin role" }).click();
  await expect(page).toHaveURL("/");
  await expectSignedIn(page, admin);
  expect((await page.goto("/admin"))?.status()).toBe(404);
});
