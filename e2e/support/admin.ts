import type { Page } from "@playwright/test";
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
