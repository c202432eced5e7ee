/**
 * Runs once when the server starts: a bad environment stops it here, with
 * every problem named; then any hidden artwork whose files are still public
 * (hidden by an older version) gets private ones, and the durable job worker
 * starts, first finishing what a crash or a stopped instance left behind.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    await import("@/lib/env");
    const { makeHiddenArtworkMediaPrivate } = await import("@/lib/art/media-move");
    const moved = await makeHiddenArtworkMediaPrivate();
    if (moved > 0) console.log(`[media] moved the files of ${moved} hidden artwork(s) to private keys`);
    const { startAppJobWorker } = await import("@/lib/jobs/app-worker");
    startAppJobWorker();
  }
}
