import type { Page } from "@playwright/test";

/** The hidden fields of a server-rendered form (before React hydrates it, they name the server action). */
export async function hiddenFieldsOf(page: Page, formSelector: string): Promise<string[][]> {
  return page
    .locator(`${formSelector} input[type=hidden]`)
    .evaluateAll((inputs) => inputs.map((input) => [(input as HTMLInputElement).name, (input as HTMLInputElement).value]));
}

/** Posts a form with these fields from the page, as a hostile client replaying a captured request would. */
export async function replayForm(page: Page, fields: string[][]) {
  // The form posts to the page's own address; other posts (the realtime connection's sign-in) are not its answer.
  const target = page.url().split("#")[0];
  await Promise.all([
    page.waitForResponse((response) => response.request().method() === "POST" && response.url() === target),
    page.evaluate((entries) => {
      const form = document.createElement("form");
      form.method = "post";
      form.enctype = "multipart/form-data";
      for (const [name, value] of entries) {
        const input = document.createElement("input");
        Object.assign(input, { type: "hidden", name, value });
        form.append(input);
      }
      document.body.append(form);
      form.submit();
    }, fields),
  ]);
  // Let the page the post leads to finish loading: closing a context
  // mid-navigation has hung Chromium's teardown for minutes.
  await page.waitForLoadState("load");
}

/**
 * The answer to the next server action the page calls with JavaScript (it
 * carries a Next-Action header): what an optimistic control waits for before
 * anything reads the database. Other posts, such as the realtime
 * connection's sign-in right after a page loads, are not it.
 */
export function serverActionAnswer(page: Page) {
  return page.waitForResponse(
    (response) => response.request().method() === "POST" && response.request().headers()["next-action"] !== undefined && response.ok(),
  );
}
