import { expect, type Page } from "@playwright/test";
import { signUp, uniqueName } from "./accounts";
import { withDatabase } from "./database";

/**
 * A fresh admin, signed in on this page: a member signs up and the role is
 * set in the database, as `npm run admin:create` does for the first admin.
 * Sessions read the role on every request, so the page needs no new log-in.
 */
export async function signUpAdmin(page: Page, username = uniqueName("admin")): Promise<string> {
  await signUp(page, username);
  withDatabase((db) => db.prepare("UPDATE User SET role = 'ADMIN' WHERE usernameKey = ?").run(username.toLowerCase()));
  return username;
}

/** The row of /admin/artwork about one artwork, found by searching for its title. */
export async function adminArtworkRow(admin: Page, title: string) {
  await admin.goto("/admin/artwork");
  await admin.getByLabel("Title or artist").fill(title);
  await admin.getByRole("button", { name: "Search artwork" }).click();
  const row = admin.getByRole("listitem").filter({ has: admin.getByRole("heading", { name: title, level: 3 }) });
  await expect(row).toHaveCount(1);
  return row;
}

/** Hides the artwork from /admin/artwork with a reason, and waits until the list says so. */
export async function hideFromAdminList(admin: Page, title: string, reason: string) {
  const row = await adminArtworkRow(admin, title);
  await row.getByText(`Hide “${title}”…`).click();
  await row.getByLabel(`Reason for hiding “${title}” (the artist sees it)`).fill(reason);
  await row.getByRole("button", { name: "Hide artwork" }).click();
  await expect(row.getByText(`: ${reason}`)).toBeVisible();
  return row;
}
