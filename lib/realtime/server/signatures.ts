/** The HMAC-SHA256 signatures of the Pusher protocol, always compared in constant time. */
import { createHash, createHmac, timingSafeEqual } from "node:crypto";

export function hmacSha256Hex(secret: string, text: string): string {
  return createHmac("sha256", secret).update(text, "utf8").digest("hex");
}

export function md5Hex(body: Buffer): string {
  return createHash("md5").update(body).digest("hex");
}

/** Constant time for equal lengths; a length mismatch is refused at once (the length is not secret). */
export function sameSignature(expected: string, given: string): boolean {
  const a = Buffer.from(expected, "utf8");
  const b = Buffer.from(given, "utf8");
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * A private or presence subscription's `auth` is "key:signature", the
 * signature over "socket_id:channel" or, for presence, "socket_id:channel:channel_data".
 */
export function channelAuthValid(
  app: { key: string; secret: string },
  socketId: string,
  channel: string,
  auth: string,
  channelData?: string,
): boolean {
  const separator = auth.indexOf(":");
  if (separator < 0 || auth.slice(0, separator) !== app.key) return false;
  const signed = channelData === undefined ? `${socketId}:${channel}` : `${socketId}:${channel}:${channelData}`;
  return sameSignature(hmacSha256Hex(app.secret, signed), auth.slice(separator + 1));
}
