import { createHmac } from "node:crypto";
import type { TestRequest } from "@/lib/testing/request-context";

/** The development defaults of the realtime configuration, which the tests run with. */
const DEV_REALTIME = { key: "dev-key", secret: "dev-secret-not-for-production" };
export const TEST_SOCKET_ID = "1234.5678";

/**
 * A post to one of the app's endpoints that sign for pusher-js, as its
 * "ajax" transport sends it: form fields with their length, from this site
 * unless `origin` says otherwise.
 */
export function pusherJsPost(path: string, fields: Record<string, string> | URLSearchParams, origin = "http://localhost:3000"): Request {
  const body = new URLSearchParams(fields).toString();
  return new Request(`http://localhost:3000${path}`, {
    method: "POST",
    headers: {
      origin,
      host: "localhost:3000",
      "content-type": "application/x-www-form-urlencoded",
      "content-length": String(Buffer.byteLength(body)),
    },
    body,
  });
}

/** `key:signature` as the endpoints sign `signed` with the development secret, and as pusher-js hands it on to the server. */
export function devAuth(signed: string): string {
  return `${DEV_REALTIME.key}:${createHmac("sha256", DEV_REALTIME.secret).update(signed).digest("hex")}`;
}

/**
 * Signs in a new member with a display name, and answers the user_info the
 * endpoints must sign for them: read from the database, never from what the
 * client says.
 */
export async function signInNamedMember(request: TestRequest) {
  const { db } = await import("@/lib/db");
  const member = await request.signInNewMember();
  await db.user.update({ where: { id: member.id }, data: { displayName: "Mira Okafor" } });
  return { member, userInfo: { username: member.username, name: "Mira Okafor", avatarUrl: null } };
}
