import { createHash } from "node:crypto";
import { MEDIA_CONTENT_SECURITY_POLICY } from "@/lib/http/security-headers";
import { storage } from "@/lib/storage";
import { isValidKey } from "@/lib/storage/media-storage";

const CONTENT_TYPES: Record<string, string> = {
  avif: "image/avif",
  webp: "image/webp",
  jpg: "image/jpeg",
  png: "image/png",
};

/** Every key names one immutable file (a new upload gets a new random folder), so it can be cached for a year. */
const CACHE_HEADERS = {
  "Cache-Control": "public, max-age=31536000, immutable",
  "X-Content-Type-Options": "nosniff",
  "Content-Security-Policy": MEDIA_CONTENT_SECURITY_POLICY,
};

export async function GET(request: Request, { params }: RouteContext<"/media/[...key]">) {
  const key = (await params).key.join("/");
  const contentType = CONTENT_TYPES[key.split(".").pop() ?? ""];
  if (!isValidKey(key) || !contentType) return new Response("Not found", { status: 404 });

  const etag = `"${createHash("sha256").update(key).digest("base64url").slice(0, 27)}"`;
  if (request.headers.get("if-none-match") === etag) {
    return new Response(null, { status: 304, headers: { ...CACHE_HEADERS, ETag: etag } });
  }
  const file = await storage.read(key);
  if (!file) return new Response("Not found", { status: 404 });
  return new Response(file.stream, {
    headers: { ...CACHE_HEADERS, ETag: etag, "Content-Type": contentType, "Content-Length": String(file.size) },
  });
}
