import { workerScript } from "@/lib/pwa/worker-script";

// Read from the build on disk when asked, never prerendered into an older build's bytes.
export const dynamic = "force-dynamic";

/** The service worker, for scope "/" (it is served from the root, so no Service-Worker-Allowed header). */
export function GET() {
  return new Response(workerScript(), {
    headers: {
      "Content-Type": "text/javascript; charset=utf-8",
      // Browsers check for a new worker on navigation; they must always get this build's bytes.
      "Cache-Control": "no-cache",
    },
  });
}
