import "server-only";
import { NextResponse } from "next/server";
import type { z } from "zod";
import { parseForm } from "@/lib/actions/parse-form";
import { getCurrentUser, type SessionUser } from "@/lib/auth/session";
import { isSameOriginRequest } from "@/lib/http/same-origin";

/** pusher-js posts a few short fields; anything much larger is not from it. */
const MAX_BODY_BYTES = 1_024;

export function refuseSigning(status: number, error: string): Response {
  return NextResponse.json({ error }, { status });
}

/** What refusals say: which request it was, what a visitor must do, and which fields pusher-js sends. */
export type SigningWords = { request: string; loggedOut: string; malformed: string };

type SigningRequest<T> = { ok: true; user: SessionUser; fields: T } | { ok: false; refusal: Response };

/**
 * What both endpoints that sign for pusher-js (channel authorization and
 * user authentication) check before signing anything: a request from this
 * site, by a signed-in member (not banned: the session says so), carrying a
 * small form with the fields it sends.
 */
export async function readSigningRequest<S extends z.ZodType>(
  request: Request,
  schema: S,
  words: SigningWords,
): Promise<SigningRequest<z.output<S>>> {
  const refuse = (status: number, error: string) => ({ ok: false, refusal: refuseSigning(status, error) }) as const;
  if (!isSameOriginRequest(request.headers)) return refuse(403, `${words.request} must come from this site.`);
  const user = await getCurrentUser();
  if (!user) return refuse(401, words.loggedOut);
  // formData() would buffer a body of any size; pusher-js always declares its length.
  const declaredLength = request.headers.get("content-length");
  if (!declaredLength || !/^\d+$/.test(declaredLength)) return refuse(411, "The request must declare its length.");
  if (Number(declaredLength) > MAX_BODY_BYTES) return refuse(413, "The request is too large.");
  const form = await request.formData().catch(() => null);
  const parsed = parseForm(schema, form ?? new FormData());
  if (!parsed.ok) return refuse(400, words.malformed);
  return { ok: true, user, fields: parsed.value };
}
