/**
 * Authentication of the HTTP API, the Pusher way: the query carries
 * auth_key, auth_timestamp, auth_version, body_md5 (when there is a body)
 * and auth_signature, the HMAC-SHA256 of "METHOD\nPATH\nsorted query".
 */
import type { RealtimeApp } from "./connection";
import { hmacSha256Hex, md5Hex, sameSignature } from "./signatures";

/** How far auth_timestamp may be from the server's clock, either way (Pusher's window). */
export const TIMESTAMP_WINDOW_SECONDS = 600;

export type ApiRequest = { method: string; path: string; query: URLSearchParams; body: Buffer };
export type AuthOutcome = { ok: true } | { ok: false; status: 400 | 401; message: string };

const refused = (message: string, status: 400 | 401 = 401): AuthOutcome => ({ ok: false, status, message });

/** The signed query string: every parameter but auth_signature, keys lower-cased and sorted, values as sent. */
function signedQuery(query: URLSearchParams): string | undefined {
  const pairs: [string, string][] = [];
  const keys = new Set<string>();
  for (const [key, value] of query) {
    const lower = key.toLowerCase();
    if (keys.has(lower)) return undefined;
    keys.add(lower);
    if (lower !== "auth_signature") pairs.push([lower, value]);
  }
  return pairs
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, value]) => `${key}=${value}`)
    .join("&");
}

export function verifyApiRequest(app: RealtimeApp, request: ApiRequest, nowSeconds: number): AuthOutcome {
  const { query } = request;
  if (query.get("auth_key") !== app.key) return refused("Unknown auth_key");
  if (query.get("auth_version") !== "1.0") return refused('auth_version must be "1.0"', 400);
  const timestamp = Number(query.get("auth_timestamp"));
  if (!Number.isInteger(timestamp)) return refused("auth_timestamp must be a Unix time in seconds", 400);
  if (Math.abs(nowSeconds - timestamp) > TIMESTAMP_WINDOW_SECONDS) {
    return refused(
      `Timestamp expired: auth_timestamp is more than ${TIMESTAMP_WINDOW_SECONDS} s from the server time ${Math.floor(nowSeconds)}`,
    );
  }
  const bodyMd5 = query.get("body_md5");
  if ((request.body.length > 0 || bodyMd5 !== null) && bodyMd5 !== md5Hex(request.body)) {
    return refused("body_md5 does not match the body");
  }
  const sorted = signedQuery(query);
  if (sorted === undefined) return refused("Each query parameter may appear once", 400);
  const expected = hmacSha256Hex(app.secret, `${request.method}\n${request.path}\n${sorted}`);
  if (!sameSignature(expected, query.get("auth_signature") ?? "")) return refused("Invalid signature");
  return { ok: true };
}

/**
 * Remembers the signatures of the writes it accepted while their timestamp
 * is inside the window, so a captured request cannot be sent again. Reads
 * are not tracked: repeating one changes nothing. Two identical events in
 * the same second sign alike; the second is refused as a replay.
 */
export class ReplayGuard {
  private readonly seen = new Map<string, number>();

  constructor(private readonly capacity = 100_000) {}

  /** False when the signature was already used; otherwise remembers it until its timestamp leaves the window. */
  firstUse(signature: string, timestamp: number, nowSeconds: number): boolean {
    this.forgetExpired(nowSeconds);
    if (this.seen.has(signature)) return false;
    this.seen.set(signature, timestamp + TIMESTAMP_WINDOW_SECONDS);
    return true;
  }

  /** Entries come in roughly in timestamp order; the oldest go first when the guard is full. */
  private forgetExpired(nowSeconds: number): void {
    for (const [signature, expiresAt] of this.seen) {
      if (expiresAt >= nowSeconds && this.seen.size < this.capacity) break;
      this.seen.delete(signature);
    }
  }
}
