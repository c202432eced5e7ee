import { after, NextResponse, type NextRequest } from "next/server";
import { echoedValues, parseForm } from "@/lib/actions/parse-form";
import { publishArtwork } from "@/lib/art/publish";
import { UPLOAD_FLASH_COOKIE, type UploadRefusal, type UploadSuccess } from "@/lib/art/upload-form";
import { quotaFullMessage, quotaLeft, storageUsedBy } from "@/lib/art/storage-quota";
import { requireVerifiedEmail } from "@/lib/auth/email-gate";
import { getCurrentUser } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { runDueJobs } from "@/lib/jobs/queue";
import { isSameOriginRequest } from "@/lib/http/same-origin";
import { API_CONTENT_SECURITY_POLICY, applySecurityHeaders, isHttpsRequest } from "@/lib/http/security-headers";
import { MAX_UPLOAD_BYTES } from "@/lib/images/limits";
import { prepareImage } from "@/lib/images/pipeline";
import { LIMITS } from "@/lib/rate-limit/limits";
import { takeTurn } from "@/lib/rate-limit/rate-limiter";
import { overLimitMessage } from "@/lib/rate-limit/wait";
import { artworkFieldsSchema } from "@/lib/art/schemas";

/** Multipart framing and the text fields on top of the file itself. */
const BODY_ALLOWANCE = 64 * 1024;
const TOO_LARGE = "This file is larger than 25 MB.";

/**
 * Receives one artwork. XHR callers (the upload form, for its progress bar)
 * get JSON; a plain form post without JavaScript gets redirects.
 */
export async function POST(request: NextRequest) {
  const response = await receiveArtwork(request);
  // proxy.ts leaves this route alone (so that its body is not copied), so its answers get their headers here.
  applySecurityHeaders(response.headers, {
    policy: API_CONTENT_SECURITY_POLICY,
    https: isHttpsRequest(request.headers, request.nextUrl),
    authUrl: env.AUTH_URL,
  });
  return response;
}

async function receiveArtwork(request: NextRequest): Promise<NextResponse> {
  const wantsJson = request.headers.get("accept")?.includes("application/json") ?? false;
  const refuse = (status: number, refusal: UploadRefusal) => respondWithRefusal(request, wantsJson, status, refusal);

  if (!isSameOriginRequest(request.headers)) return refuse(403, { message: "Uploads must come from this site.", fieldErrors: {} });
  const user = await getCurrentUser();
  if (!user) {
    if (!wantsJson) return NextResponse.redirect(new URL("/login?callbackUrl=/upload", request.url), 303);
    return refuse(401, { message: "Log in to upload your art.", fieldErrors: {} });
  }
  // Before the body is read: a member who may not upload should not wait for the file to arrive.
  const gate = await requireVerifiedEmail(user.id, "upload artwork");
  if (!gate.ok) return refuse(403, { message: gate.message, fieldErrors: {} });
  // Browsers always declare the length of a form upload; a body without one
  // (chunked) could be any size, and formData() would buffer all of it.
  const declaredLength = request.headers.get("content-length");
  if (!declaredLength || !/^\d+$/.test(declaredLength)) {
    return refuse(411, { message: "The upload must declare its size; please try again from the upload page.", fieldErrors: {} });
  }
  if (Number(declaredLength) > MAX_UPLOAD_BYTES + BODY_ALLOWANCE) return refuse(413, { fieldErrors: { file: [TOO_LARGE] } });
  // A full storage is told before the member waits for the whole file to arrive.
  const usedBytes = await storageUsedBy(user.id);
  if (quotaLeft(usedBytes) <= 0) return refuse(413, { fieldErrors: { file: [quotaFullMessage(usedBytes)] } });

  const form = await request.formData().catch(() => null);
  if (!form) return refuse(400, { message: "The upload did not arrive complete; please try again.", fieldErrors: {} });
  const fields = parseForm(artworkFieldsSchema, form);
  const { title, description, tags } = echoedValues(form);
  const values = { title, description, tags };
  const file = form.get("file");
  const fieldErrors: UploadRefusal["fieldErrors"] = fields.ok ? {} : fields.fieldErrors;
  if (!(file instanceof File) || file.size === 0) fieldErrors.file = ["Choose an image to upload."];
  if (!fields.ok || !(file instanceof File) || fieldErrors.file) return refuse(422, { fieldErrors, values });

  // The turn is taken before the decode and the encodes, the work a flood of uploads would cost.
  const turn = await takeTurn({ limit: LIMITS.upload, subject: user.id });
  if (!turn.ok)
    return refuse(429, { message: overLimitMessage("upload", "image", LIMITS.upload, turn.retryAfterMs), fieldErrors: {}, values });
  const prepared = await prepareImage(Buffer.from(await file.arrayBuffer()));
  if (!prepared.ok) return refuse(422, { fieldErrors: { file: [prepared.message] }, values });

  const published = await publishArtwork(user.id, fields.value, prepared.value);
  if (!published.ok) return refuse(413, { fieldErrors: { file: [published.message] }, values });
  const artwork = published.value;
  // The AVIF variants are a job committed with the artwork: any instance can do them, a restart finishes them.
  after(runDueJobs);
  const success: UploadSuccess = { id: artwork.id, url: `/art/${artwork.id}` };
  return wantsJson ? NextResponse.json(success, { status: 201 }) : NextResponse.redirect(new URL(success.url, request.url), 303);
}

function respondWithRefusal(request: NextRequest, wantsJson: boolean, status: number, refusal: UploadRefusal) {
  if (wantsJson) return NextResponse.json(refusal, { status });
  const response = NextResponse.redirect(new URL("/upload", request.url), 303);
  response.cookies.set(UPLOAD_FLASH_COOKIE, JSON.stringify(refusal), { path: "/upload", maxAge: 60, httpOnly: true, sameSite: "lax" });
  return response;
}
