import { NextResponse } from "next/server";
import { z } from "zod";
import { parseForm } from "@/lib/actions/parse-form";
import { readUnsubscribeToken, unsubscribe } from "@/lib/notifications/unsubscribe";

/** The one-click body (RFC 8058) or the confirmation page's button; nothing larger comes from either. */
const MAX_BODY_BYTES = 1_024;

const querySchema = z.object({ token: z.string().min(1).max(500) });

function pageFor(url: URL, token: string, done: boolean): URL {
  const page = new URL("/unsubscribe", url);
  page.searchParams.set("token", token);
  if (done) page.searchParams.set("done", "1");
  return page;
}

/** A person who follows the mail's link sees the confirmation page: a mail scanner fetching links unsubscribes nobody. */
export function GET(request: Request) {
  const url = new URL(request.url);
  const query = parseForm(querySchema, url.searchParams);
  return NextResponse.redirect(query.ok ? pageFor(url, query.value.token, false) : new URL("/unsubscribe", url), 303);
}

/**
 * The unsubscribe itself, needing no log-in: the mail client's one-click
 * POST ("List-Unsubscribe=One-Click") gets a plain answer, the
 * confirmation page's button is sent back to the page, which says it is done.
 */
export async function POST(request: Request) {
  const url = new URL(request.url);
  const query = parseForm(querySchema, url.searchParams);
  const unsubscription = query.ok ? await readUnsubscribeToken(query.value.token) : null;
  if (!query.ok || !unsubscription) return NextResponse.json({ error: "This unsubscribe link is not valid." }, { status: 400 });
  if (Number(request.headers.get("content-length") ?? 0) > MAX_BODY_BYTES)
    return NextResponse.json({ error: "The request is too large." }, { status: 413 });
  const form = await request.formData().catch(() => new FormData());
  await unsubscribe(unsubscription);
  if (form.get("List-Unsubscribe") === "One-Click") return new NextResponse(`Unsubscribed from ${unsubscription.what}.`, { status: 200 });
  return NextResponse.redirect(pageFor(url, query.value.token, true), 303);
}
