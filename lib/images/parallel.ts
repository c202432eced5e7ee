import "server-only";

/**
 * Runs tasks with at most `limit` in flight and returns their results in
 * task order. Put the slowest tasks first: they start first. On a failure no
 * new task starts, and it settles only once the running ones have, so the
 * caller's queue slot is not freed while work still holds memory.
 */
export async function allWithLimit<T>(tasks: readonly (() => Promise<T>)[], limit: number): Promise<T[]> {
  const results = new Array<T>(tasks.length);
  let next = 0;
  let failed = false;
  async function lane(): Promise<void> {
    while (!failed && next < tasks.length) {
      const index = next++;
      try {
        results[index] = await tasks[index]();
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  }
  const lanes = await Promise.allSettled(Array.from({ length: Math.min(limit, tasks.length) }, lane));
  const failure = lanes.find((outcome) => outcome.status === "rejected");
  if (failure) throw failure.reason;
  return results;
}
