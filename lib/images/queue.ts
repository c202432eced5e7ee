import "server-only";

/**
 * Image jobs running at once across the whole server. Each job holds a
 * decoded image (up to 200 MB at the pixel limit), so this bounds memory,
 * and two matches the machine's two cores.
 */
export const MAX_CONCURRENT_IMAGE_JOBS = 2;

/**
 * Background jobs (AVIF encoding after the response) may hold at most this
 * many slots, so someone uploading never waits seconds behind the AVIF
 * encoding of earlier uploads.
 */
export const MAX_BACKGROUND_IMAGE_JOBS = 1;

export type ImageJobPriority = "interactive" | "background";

const waiting: Record<ImageJobPriority, (() => void)[]> = { interactive: [], background: [] };
let running = 0;
let runningBackground = 0;

/**
 * Runs image work at most MAX_CONCURRENT_IMAGE_JOBS at a time, first come
 * first served, so ten simultaneous uploads cannot exhaust memory. Waiting
 * interactive jobs start before waiting background ones.
 */
export function runInImageQueue<T>(work: () => Promise<T>, priority: ImageJobPriority = "interactive"): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    waiting[priority].push(() => {
      running += 1;
      if (priority === "background") runningBackground += 1;
      // Promise.resolve().then() turns a synchronous throw into a rejection,
      // so a broken job still frees its slot.
      void Promise.resolve()
        .then(work)
        .then(resolve, reject)
        .finally(() => {
          running -= 1;
          if (priority === "background") runningBackground -= 1;
          startWaitingJobs();
        });
    });
    startWaitingJobs();
  });
}

function startWaitingJobs(): void {
  while (running < MAX_CONCURRENT_IMAGE_JOBS) {
    const next = waiting.interactive.shift() ?? (runningBackground < MAX_BACKGROUND_IMAGE_JOBS ? waiting.background.shift() : undefined);
    if (!next) return;
    next();
  }
}
