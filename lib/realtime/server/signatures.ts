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

type SigningApp = { key: string; secret: string };

/** An `auth` the app gave a client is "key:signature", the signature over `signed` with the app's secret. */
function signedByApp(app: SigningApp, auth: string, signed: string): boolean {
  const separator = auth.indexOf(":");
  if (separator < 0 || auth.slice(0, separator) !== app.key) return false;
  return sameSignature(hmacSha256Hex(app.secret, signed), auth.slice(separator + 1));
}

/** A private or presence subscription signs "socket_id:channel" or, for presence, "socket_id:channel:channel_data". */
export function channelAuthValid(app: SigningApp, socketId: string, channel: string, auth: string, channelData?: string): boolean {
  return signedByApp(app, auth, channelData === undefined ? `${socketId}:${channel}` : `${socketId}:${channel}:${channelData}`);
}

/** A pusher:signin (user authentication) signs "socket_id::user::user_data". */
export function userAuthValid(app: SigningApp, socketId: string, auth: string, userData: string): boolean {
  return signedByApp(app, auth, `${socketId}::user::${userData}`);
}
