/**
 * Upload-to-viewable over HTTP against `next start`: POST the file as the
 * upload form's XHR does, then load the artwork's page. Imports lib/db (to
 * see when the AVIF rows land): load with `await import()`.
 */
import { setTimeout as sleep } from "node:timers/promises";
import { encode } from "next-auth/jwt";
import type { UploadSuccess } from "@/lib/art/upload-form";
import { db } from "@/lib/db";

/** Auth.js's cookie name on plain http (https prefixes it with __Secure-). */
const SESSION_COOKIE = "authjs.session-token";
const REQUEST_LIMIT_MS = 60_000;
const AVIF_LIMIT_MS = 60_000;
const AVIF_POLL_MS = 50;

/**
 * The cookie Auth.js would set after a log-in: its JWE, salted with the
 * cookie name, carrying the claims lib/auth/auth.ts puts in (uid and the
 * session version sv, which lib/auth/session-user.ts checks against the row).
 */
export async function sessionCookie(userId: string, secret: string): Promise<string> {
  const token = await encode({ token: { sub: userId, uid: userId, sv: 0 }, secret, salt: SESSION_COOKIE });
  return `${SESSION_COOKIE}=${token}`;
}

/** /upload answers 200 only to a signed-in member (visitors are redirected to log in). */
export async function isSignedIn(origin: string, cookie: string): Promise<boolean> {
  const response = await fetch(`${origin}/upload`, {
    headers: { cookie },
    redirect: "manual",
    signal: AbortSignal.timeout(REQUEST_LIMIT_MS),
  });
  await response.arrayBuffer();
  return response.status === 200;
}

export type HttpUploadSample = { viewableMs: number; postMs: number; avifReadyMs: number };

async function waitForAvif(artworkId: string, started: number): Promise<number> {
  const deadline = started + AVIF_LIMIT_MS;
  while (performance.now() < deadline) {
    if ((await db.artworkVariant.count({ where: { artworkId, format: "avif" } })) > 0) return performance.now() - started;
    await sleep(AVIF_POLL_MS);
  }
  throw new Error(`the AVIF variants of ${artworkId} did not appear within ${AVIF_LIMIT_MS / 1000} s`);
}

/**
 * One upload, timed from the first byte sent to the artwork page received.
 * Waits for the AVIF stage before returning, so the next upload does not
 * share the cores with this one's background encoding.
 */
export async function uploadOverHttp(origin: string, cookie: string, jpeg: Buffer, title: string): Promise<HttpUploadSample> {
  const form = new FormData();
  form.set("title", title);
  form.set("description", "Benchmark upload over HTTP");
  form.set("file", new Blob([new Uint8Array(jpeg)], { type: "image/jpeg" }), "bench-12mp.jpg");
  // The origin check wants what a browser sends; Accept asks for the XHR form's JSON answer.
  const headers = { origin, accept: "application/json", cookie };

  const started = performance.now();
  const response = await fetch(`${origin}/api/artworks`, {
    method: "POST",
    body: form,
    headers,
    signal: AbortSignal.timeout(REQUEST_LIMIT_MS),
  });
  const body = await response.text();
  if (response.status !== 201) throw new Error(`POST /api/artworks answered ${response.status}: ${body.slice(0, 300)}`);
  const postMs = performance.now() - started;
  const { id, url } = JSON.parse(body) as UploadSuccess;

  const page = await fetch(`${origin}${url}`, { headers: { cookie }, redirect: "manual", signal: AbortSignal.timeout(REQUEST_LIMIT_MS) });
  await page.arrayBuffer();
  if (page.status !== 200) throw new Error(`GET ${url} answered ${page.status}`);
  const viewableMs = performance.now() - started;
  return { viewableMs, postMs, avifReadyMs: await waitForAvif(id, started) };
}

export async function httpUploadSeries(origin: string, cookie: string, jpeg: Buffer, { warmUps, runs }: { warmUps: number; runs: number }) {
  for (let run = 0; run < warmUps; run++) await uploadOverHttp(origin, cookie, jpeg, `HTTP warm-up ${run + 1}`);
  const samples: HttpUploadSample[] = [];
  for (let run = 0; run < runs; run++) samples.push(await uploadOverHttp(origin, cookie, jpeg, `HTTP upload ${run + 1}`));
  return samples;
}
