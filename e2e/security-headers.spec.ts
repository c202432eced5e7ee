import { expect, test, type APIResponse, type Browser, type Page, type Response } from "@playwright/test";
import { signUp, uniqueName } from "./support/accounts";
import { uploadArtwork } from "./support/artworks";
import { testPicture } from "./support/images";

const HSTS = "max-age=63072000; includeSubDomains";

/** The headers every response carries, whatever answered it. */
function expectSecurityHeaders(response: APIResponse | Response, what: string) {
  const headers = response.headers();
  expect.soft(headers["content-security-policy"], `${what}: CSP`).toContain("frame-ancestors 'none'");
  expect.soft(headers["x-content-type-options"], `${what}: nosniff`).toBe("nosniff");
  expect.soft(headers["referrer-policy"], `${what}: Referrer-Policy`).toBe("strict-origin-when-cross-origin");
  expect.soft(headers["x-frame-options"], `${what}: X-Frame-Options`).toBe("DENY");
  expect.soft(headers["permissions-policy"], `${what}: Permissions-Policy`).toContain("camera=()");
  // Plain HTTP here: no HSTS (the test below asks as if through a TLS proxy).
  expect.soft(headers["strict-transport-security"], `${what}: no HSTS over HTTP`).toBeUndefined();
}

/** The nonce of a page's CSP. */
function nonceOf(response: APIResponse | Response): string {
  const nonce = /'nonce-([^']+)'/.exec(response.headers()["content-security-policy"] ?? "")?.[1];
  expect(nonce, "the page's CSP carries a nonce").toBeTruthy();
  return nonce!;
}

/** Every CSP or Permissions-Policy complaint (even a warning), every other console error and every uncaught exception in the page. */
async function watchForViolations(page: Page): Promise<string[]> {
  const problems: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) =>
      console.error(
        `securitypolicyviolation: ${event.violatedDirective} blocked ${event.blockedURI || "inline"} at ${event.sourceFile}:${event.lineNumber}`,
      ),
    );
  });
  page.on("console", (message) => {
    // The site has no favicon of its own yet; the browser's automatic request for one is no policy matter.
    if (message.location().url.endsWith("/favicon.ico")) return;
    if (message.type() === "error" || /Permissions-Policy|Content.Security.Policy/i.test(message.text()))
      problems.push(`${page.url()}: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`${page.url()}: ${error.message}`));
  return problems;
}

async function watchedMember(browser: Browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = await watchForViolations(page);
  const username = await signUp(page);
  return { context, page, problems, username };
}

test("pages, API routes, media, static files, 404s and redirects all carry the security headers", async ({ page, request }) => {
  await signUp(page);
  const artwork = await uploadArtwork(page, uniqueName("Headers"));
  const imageSrc = await page.locator("main picture img").first().getAttribute("src");

  const login = await request.get("/login");
  expect(login.status()).toBe(200);
  const staticFile = /<script[^>]* src="(\/_next\/static\/[^"]+\.js)"/.exec(await login.text())?.[1];
  expect(staticFile, "the page loads a script bundle").toBeTruthy();

  const answers: Array<[string, APIResponse, number]> = [
    ["page", login, 200],
    ["artwork page", await page.request.get(artwork), 200],
    ["API route", await request.get("/api/health"), 200],
    ["refused API post", await request.post("/api/artworks", { multipart: { title: "x" }, headers: { accept: "application/json" } }), 403],
    ["media image", await request.get(imageSrc!), 200],
    ["static file", await request.get(staticFile!), 200],
    ["404 page", await request.get("/no-such-page"), 404],
    ["missing static file", await request.get("/_next/static/chunks/no-such-chunk.js"), 404],
    ["redirect", await page.request.get("/settings", { maxRedirects: 0 }), 307],
    // The proxy's own redirect: an avatar post too large for a server action, sent without JavaScript.
    ["proxy redirect", await page.request.post("/settings/profile", { data: Buffer.alloc(3 * 1024 * 1024), maxRedirects: 0 }), 303],
  ];
  for (const [what, response, status] of answers) {
    expect.soft(response.status(), `${what}: status`).toBe(status);
    expectSecurityHeaders(response, what);
  }
  // Uploaded files keep their own, stricter policy: nothing in them may run or load.
  expect(answers.find(([what]) => what === "media image")![1].headers()["content-security-policy"]).toBe(
    "default-src 'none'; frame-ancestors 'none'; sandbox",
  );
});

test("the page's own scripts carry the nonce of its CSP, fresh for every response", async ({ request }) => {
  const first = await request.get("/login");
  const nonce = nonceOf(first);
  expect(first.headers()["content-security-policy"]).toContain(`script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`);
  expect(first.headers()["content-security-policy"]).not.toContain("unsafe-eval");

  const scripts = (await first.text()).match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length, "Next.js emits scripts").toBeGreaterThan(1);
  for (const script of scripts) expect(script).toContain(`nonce="${nonce}"`);

  expect(nonceOf(await request.get("/login"))).not.toBe(nonce);
});

test("HSTS and upgraded requests only when the TLS proxy says the browser came over HTTPS", async ({ request }) => {
  for (const path of ["/login", "/api/health", "/no-such-page"]) {
    const secure = await request.get(path, { headers: { "X-Forwarded-Proto": "https" } });
    expect(secure.headers()["strict-transport-security"], path).toBe(HSTS);
    expect(secure.headers()["content-security-policy"], path).toContain("upgrade-insecure-requests");

    const plain = await request.get(path);
    expect(plain.headers()["strict-transport-security"], path).toBeUndefined();
    expect(plain.headers()["content-security-policy"], path).not.toContain("upgrade-insecure-requests");
  }
});

test("no page breaks the policy: gallery, artwork, login, upload, live chat and profile settings", async ({ browser }) => {
  test.slow(); // two members, an upload and a live chat on a shared machine
  const visitorContext = await browser.newContext();
  const visitor = await visitorContext.newPage();
  const visitorProblems = await watchForViolations(visitor);
  await visitor.goto("/login");
  await expect(visitor.getByRole("button", { name: "Log in" })).toBeVisible();

  const mira = await watchedMember(browser);
  // Upload, with the local preview of the chosen file (a blob: image).
  await mira.page.goto("/upload");
  await mira.page.getByLabel("Image").setInputFiles(await testPicture({ width: 800, height: 500 }));
  const preview = mira.page.getByAltText("Preview of the chosen image");
  await expect(preview).toBeVisible();
  await expect.poll(() => preview.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(800);
  const title = uniqueName("Policy");
  await mira.page.getByLabel("Title", { exact: true }).fill(title);
  await mira.page.getByRole("button", { name: "Upload artwork" }).click();

  // The artwork page: the image itself loads.
  const image = mira.page.getByRole("img", { name: title });
  await expect(image).toBeVisible({ timeout: 30_000 });
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);

  // The gallery, with the ThumbHash placeholders (data: URLs in style attributes).
  await mira.page.goto("/");
  await expect(mira.page.getByRole("link", { name: title }).first()).toBeVisible();

  // Profile settings: a form sent with JavaScript, as a server action whose answer carries the headers too.
  await mira.page.goto("/settings/profile");
  await mira.page.getByLabel("Display name").fill("Mira Policy");
  const [actionAnswer] = await Promise.all([
    mira.page.waitForResponse(
      (response) => response.request().method() === "POST" && response.request().headers()["next-action"] !== undefined,
    ),
    mira.page.getByRole("button", { name: "Save profile" }).click(),
  ]);
  expectSecurityHeaders(actionAnswer, "server action");
  await expect(mira.page.getByRole("region", { name: "Name and bio" }).getByRole("status")).toHaveText("Your profile is saved.");

  // A chat room: the WebSocket to the realtime server connects and a message arrives live on the other side.
  const room = uniqueName("Policy room");
  await mira.page.goto("/chat");
  await mira.page.getByLabel("Name").fill(room);
  await mira.page.getByRole("button", { name: "Create room" }).click();
  await expect(mira.page.getByRole("heading", { level: 1, name: room })).toBeVisible();
  const kenji = await watchedMember(browser);
  await kenji.page.goto(mira.page.url());
  for (const { page } of [mira, kenji])
    await expect(page.getByRole("complementary", { name: /Here now/ }).getByRole("status")).toHaveText("Live");
  const box = mira.page.getByRole("textbox", { name: "Message" });
  await box.fill("Hello under a strict policy");
  await box.press("Enter");
  await expect(kenji.page.getByRole("log").getByText("Hello under a strict policy")).toBeVisible();

  expect([...visitorProblems, ...mira.problems, ...kenji.problems]).toEqual([]);
  await Promise.all([visitorContext.close(), mira.context.close(), kenji.context.close()]);
});
