/**
 * Runs once when the server starts: a bad environment stops it here, with
 * every problem named, and so does an instance of several whose build
 * would not understand the others' forms; then any hidden artwork whose
 * files are still public (hidden by an older version) gets private ones,
 * and the durable job worker starts, first finishing what a crash or a
 * stopped instance left behind.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { env } = await import("@/lib/env");
    if (env.NODE_ENV === "production" && env.MULTI_INSTANCE && env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY) {
      const { serverActionsKeyProblem } = await import("@/lib/deployment/server-actions-key");
      const problem = serverActionsKeyProblem(env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY);
      if (problem) throw new Error(`NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: ${problem}`);
    }
    const { makeHiddenArtworkMediaPrivate } = await import("@/lib/art/media-move");
    const moved = await makeHiddenArtworkMediaPrivate();
    if (moved > 0) console.log(`[media] moved the files of ${moved} hidden artwork(s) to private keys`);
    const { startAppJobWorker } = await import("@/lib/jobs/app-worker");
    startAppJobWorker();
  }
}
