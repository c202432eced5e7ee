/** The development defaults of the realtime configuration, which the tests run with. */
export const DEV_REALTIME = { key: "dev-key", secret: "dev-secret-not-for-production" };
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
