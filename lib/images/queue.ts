import "server-only";

export type ImageJobKind = "upload" | "background";

/**
 * Image jobs of each kind this process runs at once; each holds its file's
 * encoders and their buffers (well over 100 MB for a large photo), so this
 * bounds memory. One upload at a time: its job already encodes two
 * variants at once (ENCODES_IN_PARALLEL), which keeps two cores busy, so a
 * second upload beside it would only share those cores and hold a second
 * set of buffers. Background work (an upload's AVIF variants, after the
 * response) has a slot of its own, so an upload never waits behind it; it
 * starts only while no upload waits, so a burst of uploads is not slowed
 * by the AVIF work of its first ones.
 */
export const IMAGE_JOBS_AT_ONCE: Record<ImageJobKind, number> = { upload: 1, background: 1 };

const waiting: Record<ImageJobKind, (() => void)[]> = { upload: [], background: [] };
const running: Record<ImageJobKind, number> = { upload: 0, background: 0 };

/**
 * Runs image work at most IMAGE_JOBS_AT_ONCE of its kind at a time, first
 * come first served, so ten simultaneous uploads cannot exhaust memory.
 */
export function runInImageQueue<T>(work: () => Promise<T>, kind: ImageJobKind = "upload"): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    waiting[kind].push(() => {
      running[kind] += 1;
      // Promise.resolve().then() turns a synchronous throw into a rejection,
      // so a broken job still frees its slot.
      void Promise.resolve()
        .then(work)
        .then(resolve, reject)
        .finally(() => {
          running[kind] -= 1;
          startWaitingJobs();
        });
    });
    startWaitingJobs();
  });
}

function startWaitingJobs(): void {
  for (let next = nextJob(); next; next = nextJob()) next();
}

function nextJob(): (() => void) | undefined {
  if (running.upload < IMAGE_JOBS_AT_ONCE.upload && waiting.upload.length > 0) return waiting.upload.shift();
  if (running.background < IMAGE_JOBS_AT_ONCE.background && waiting.upload.length === 0) return waiting.background.shift();
  return undefined;
}
