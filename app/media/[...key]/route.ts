import { createHash } from "node:crypto";
import { isPrivateMediaKey } from "@/lib/art/media-keys";
import { maySeePrivateFile } from "@/lib/art/queries";
import { getCurrentUser } from "@/lib/auth/session";
import { fileResponse, parseRangeHeader } from "@/lib/http/byte-range";
import { MEDIA_CONTENT_SECURITY_POLICY } from "@/lib/http/security-headers";
import { storage } from "@/lib/storage";
import { isValidKey } from "@/lib/storage/media-storage";

const CONTENT_TYPES: Record<string, string> = {
  avif: "image/avif",
  webp: "image/webp",
  jpg: "image/jpeg",
  png: "image/png",
};

const FILE_HEADERS = { "X-Content-Type-Options": "nosniff", "Content-Security-Policy": MEDIA_CONTENT_SECURITY_POLICY };

/**
 * Every public key names one immutable file (a new upload, and every hide
 * and unhide, gets a new random folder), so it can be cached for a year.
 */
const PUBLIC_HEADERS = { ...FILE_HEADERS, "Cache-Control": "public, max-age=31536000, immutable" };

/**
 * A hidden artwork's file, for its owner and admins only: no shared cache
 * (a CDN, a proxy) may keep it or its 404, and the browser does not either.
 */
const PRIVATE_HEADERS = { ...FILE_HEADERS, "Cache-Control": "private, no-store" };

const notFound = (headers: Record<string, string> = {}) => new Response("Not found", { status: 404, headers });

/**
 * Public files are served without reading the database. Private ones (see
 * lib/art/media-keys.ts) cost a session check and one lookup by the key.
 */
export async function GET(request: Request, { params }: RouteContext<"/media/[...key]">) {
  const key = (await params).key.join("/");
  const contentType = CONTENT_TYPES[key.split(".").pop() ?? ""];
  if (!isValidKey(key) || !contentType) return notFound();
  if (isPrivateMediaKey(key)) return servePrivate(request, key, contentType);

  const etag = `"${createHash("sha256").update(key).digest("base64url").slice(0, 27)}"`;
  const file = await storage.read(key, requestedRange(request, etag));
  if (!file) return notFound();
  // Only for a file that is still there: a 304 for a deleted or hidden
  // artwork's old key would tell caches to keep serving their copy.
  if (request.headers.get("if-none-match") === etag) {
    await file.stream.cancel();
    return new Response(null, { status: 304, headers: { ...PUBLIC_HEADERS, ETag: etag } });
  }
  return fileResponse(file, { ...PUBLIC_HEADERS, ETag: etag, "Content-Type": contentType });
}

/**
 * The part of the file a resumed download asks for, read from storage
 * alone. With If-Range, only while the file is the one the client has (its
 * ETag; a private file has none, so it is sent whole).
 */
function requestedRange(request: Request, etag: string | null) {
  const ifRange = request.headers.get("if-range");
  if (ifRange !== null && ifRange !== etag) return undefined;
  return parseRangeHeader(request.headers.get("range")) ?? undefined;
}

async function servePrivate(request: Request, key: string, contentType: string): Promise<Response> {
  if (!(await maySeePrivateFile(key, await getCurrentUser()))) return notFound(PRIVATE_HEADERS);
  const file = await storage.read(key, requestedRange(request, null));
  if (!file) return notFound(PRIVATE_HEADERS);
  return fileResponse(file, { ...PRIVATE_HEADERS, "Content-Type": contentType });
}
