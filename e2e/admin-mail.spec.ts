import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { uniqueName } from "./support/accounts";
import { signUpAdmin } from "./support/admin";
import { withDatabase } from "./support/database";
import { mailTo } from "./support/mail";
import { E2E_BASE_URL } from "./support/server-env";

/**
 * A mail the sender gave up on, as the outbox records one: the catcher
 * fails mail only within its own process, so the row is written as the
 * send-mail job leaves it after a permanent refusal.
 */
function failedMail(to: string, subject: string, link: string): string {
  const id = `e2e${randomBytes(10).toString("hex")}`;
  const now = new Date().toISOString();
  withDatabase((db) =>
    db
      .prepare(
        `INSERT INTO OutgoingMail (id, eventKey, kind, "to", subject, text, html, status, attempts, lastAttemptAt, lastError, createdAt, updatedAt)
         VALUES (?, ?, 'password-reset', ?, ?, ?, ?, 'FAILED', 1, ?, '550 No such mailbox here', ?, ?)`,
      )
      .run(
        id,
        `e2e:${id}`,
        to,
        subject,
        `Artist Collective\n\nChoose a new password:\n${link}\n`,
        `<p><a href="${link}">Choose a new password</a></p>`,
        now,
        now,
        now,
      ),
  );
  return id;
}

test("an admin finds a failed mail in the log, without its live link, and sends it again: it arrives once", async ({ page }) => {
  await signUpAdmin(page);
  const to = `${uniqueName("reader")}@example.org`;
  const subject = `Reset your password ${uniqueName("n")}`;
  const link = `${E2E_BASE_URL}/reset-password?token=${randomBytes(16).toString("hex")}`;
  const id = failedMail(to, subject, link);

  await page.goto(`/admin/mail?status=failed&to=${encodeURIComponent(to)}`);
  const failed = page.locator(`[data-mail-id="${id}"]`);
  await expect(failed.getByRole("heading", { name: subject })).toBeVisible();
  await expect(failed).toContainText("Failed");
  await expect(failed).toContainText("password-reset to " + to);
  await expect(failed).toContainText("Last error: 550 No such mailbox here");
  await failed.getByText("Text").click();
  await expect(failed.locator("pre")).toContainText(`${E2E_BASE_URL}/…[link hidden]`);
  await expect(page.locator("body")).not.toContainText(link);

  await failed.getByRole("button", { name: "Send again" }).click();
  await expect(failed.getByText("Queued to be sent again")).toBeVisible();

  const mail = await mailTo(to, new RegExp(subject));
  expect(mail.text).toContain(link);

  // The copy is its own row at the top of the log, sent; the failed one stays as it was.
  await expect(async () => {
    await page.goto(`/admin/mail?to=${encodeURIComponent(to)}`);
    const rows = page.locator("[data-mail-id]");
    await expect(rows).toHaveCount(2);
    await expect(rows.first()).toContainText("Sent");
    await expect(rows.last()).toContainText("Failed");
    await expect(rows.last()).toContainText("sent again 1 time");
  }).toPass({ timeout: 20_000 });

  // The log with a failed and a sent mail, its text open, at both widths in both schemes: no sideways scrolling.
  await page.locator("[data-mail-id] details summary").first().click();
  for (const [name, width, height] of [
    ["desktop", 1280, 800],
    ["phone", 360, 740],
  ] as const) {
    for (const colorScheme of ["light", "dark"] as const) {
      await page.setViewportSize({ width, height });
      await page.emulateMedia({ colorScheme });
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
      await page.screenshot({ path: `e2e/.artifacts/screenshots/admin-mail-log-${name}-${colorScheme}.png`, fullPage: true });
    }
  }
});
