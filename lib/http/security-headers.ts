/**
 * The security headers of every response. Pure (no "server-only", no env):
 * proxy.ts passes in what it knows about the request and the configuration,
 * and next.config.ts imports the request-independent part.
 */

/** Where pusher-js connects: the realtime options the chat page hands the browser (lib/realtime/config.ts). */
export type RealtimeEndpoint = {
  wsHost?: string;
  wsPort?: number;
  wssPort?: number;
  forceTLS: boolean;
  cluster: string;
};

export type PolicyOptions = {
  /** Fresh for every request: Next.js reads it from the request's CSP and puts it on its own scripts. */
  nonce: string;
  /** `next dev`: React rebuilds server error stacks with eval, and styles arrive as injected <style> tags. */
  development: boolean;
  /** The browser reached the site over HTTPS (through the TLS proxy). */
  https: boolean;
  realtime: RealtimeEndpoint;
};

/** The same values on every response, whoever asks and however they got here. */
export const STATIC_SECURITY_HEADERS: ReadonlyArray<{ key: string; value: string }> = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  // For browsers that predate CSP's frame-ancestors.
  { key: "X-Frame-Options", value: "DENY" },
  {
    key: "Permissions-Policy",
    // Powerful features the app never uses, so an injected script or a framed page cannot ask for them either.
    // Only names Chromium knows (an unknown one is a console error); installing, notifications, fullscreen and
    // web share keep their defaults, which an installed PWA may want.
    value: [
      "accelerometer",
      "autoplay",
      "camera",
      "display-capture",
      "geolocation",
      "gyroscope",
      "hid",
      "idle-detection",
      "magnetometer",
      "microphone",
      "midi",
      "payment",
      "publickey-credentials-get",
      "screen-wake-lock",
      "serial",
      "usb",
      "xr-spatial-tracking",
      "browsing-topics",
    ]
      .map((feature) => `${feature}=()`)
      .join(", "),
  },
];

/** Two years and every subdomain: the value browsers' preload lists ask for. */
export const STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";

/**
 * Uploaded files, even opened on their own: nothing in them may run, load
 * or be framed (a crafted upload must not act as a page of the site).
 */
export const MEDIA_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'; sandbox";

/** JSON answers and redirects of a route handler: nothing in them is a page. */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

/** What every response leaves with: its policy, the static headers, and HSTS where it applies. */
export function applySecurityHeaders(
  headers: Headers,
  { policy, https, authUrl }: { policy: string; https: boolean; authUrl: string | undefined },
): void {
  headers.set("Content-Security-Policy", policy);
  for (const { key, value } of STATIC_SECURITY_HEADERS) headers.set(key, value);
  if (wantsStrictTransport(https, authUrl)) headers.set("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
}

/** 128 random bits, base64: unguessable, and only characters a CSP nonce may hold. */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/**
 * The request came over HTTPS: TLS ends at the reverse proxy, which says so
 * with X-Forwarded-Proto (the first value when proxies chain). A client that
 * forges it over plain HTTP only gets headers browsers ignore there (HSTS) or
 * that upgrade its own subresources.
 */
export function isHttpsRequest(headers: Headers, url: URL): boolean {
  const forwarded = headers.get("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase();
  return forwarded === undefined ? url.protocol === "https:" : forwarded === "https";
}

/**
 * HSTS when this request came over HTTPS, or when AUTH_URL says the site
 * lives at https:// (for a proxy that sends no X-Forwarded-Proto): browsers
 * ignore the header on plain HTTP, so it never locks out an HTTP-only setup.
 */
export function wantsStrictTransport(https: boolean, authUrl: string | undefined): boolean {
  return https || authUrl?.startsWith("https://") === true;
}

function origin(scheme: "ws" | "wss", host: string, port: number | undefined): string {
  const defaultPort = scheme === "ws" ? 80 : 443;
  return port === undefined || port === defaultPort ? `${scheme}://${host}` : `${scheme}://${host}:${port}`;
}

/**
 * The WebSocket origins pusher-js opens, as it picks them: the host given or
 * Pusher's cloud host for the cluster; wss only when TLS is forced or the
 * page is on HTTPS, else ws with a wss fallback after two seconds. Its HTTP
 * fallbacks (sockjs, xhr) and stats are off (enabledTransports, disableStats).
 */
export function realtimeSources({ wsHost, wsPort, wssPort, forceTLS, cluster }: RealtimeEndpoint, https: boolean): string[] {
  const host = wsHost ?? `ws-${cluster}.pusher.com`;
  const secure = origin("wss", host, wssPort);
  return forceTLS || https ? [secure] : [origin("ws", host, wsPort), secure];
}

export function contentSecurityPolicy({ nonce, development, https, realtime }: PolicyOptions): string {
  const directives: Array<[string, ...string[]]> = [
    ["default-src", "'self'"],
    // 'strict-dynamic': scripts Next.js loads from its nonce-carrying ones run too; 'self' only for CSP2 browsers.
    ["script-src", "'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(development ? ["'unsafe-eval'"] : [])],
    // Stylesheets are files; development injects <style> tags without a nonce.
    ["style-src", "'self'", development ? "'unsafe-inline'" : `'nonce-${nonce}'`],
    // Server-rendered style attributes (ThumbHash placeholder, dominant colour, generated avatars' size and hue)
    // cannot carry a nonce; attributes alone cannot load a script or read the page.
    ["style-src-attr", "'unsafe-inline'"],
    // data: for ThumbHash placeholders, blob: for the upload form's preview of the chosen file.
    ["img-src", "'self'", "data:", "blob:"],
    ["font-src", "'self'"],
    ["connect-src", "'self'", ...realtimeSources(realtime, https)],
    ["worker-src", "'self'"],
    ["manifest-src", "'self'"],
    ["form-action", "'self'"],
    ["base-uri", "'self'"],
    ["object-src", "'none'"],
    ["frame-ancestors", "'none'"],
    ...(https ? [["upgrade-insecure-requests"] as [string]] : []),
  ];
  return directives.map((parts) => parts.join(" ")).join("; ");
}
