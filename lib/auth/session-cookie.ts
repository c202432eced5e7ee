/** Auth.js's session cookie: `__Secure-` in front over https, split into `.0`, `.1`… when large. */
const SESSION_COOKIE = /^(__Secure-)?authjs\.session-token(\.\d+)?$/;

export function isSessionCookie(name: string): boolean {
  return SESSION_COOKIE.test(name);
}
