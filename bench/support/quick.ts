/**
 * --quick: every benchmark end to end on small sizes, in seconds rather than
 * minutes, so that CI runs them all and none can break unnoticed. Its figures
 * are not measurements of anything, so no target is judged.
 */
export const QUICK = process.argv.includes("--quick");

/** The full run's size, or the quick run's. */
export const sized = <T>(full: T, quick: T): T => (QUICK ? quick : full);

/** A target's verdict in words, or that a quick run judges none. */
export function verdict(met: boolean, words: readonly [string, string] = ["PASS", "MISS"]): string {
  if (QUICK) return "n/a (quick)";
  return met ? words[0] : words[1];
}

/** The line a quick run starts with, so that nobody reads its figures as measurements. */
export function announceQuick(): void {
  if (QUICK) console.log("--quick: small sizes and few runs, to check that the benchmark works; the figures measure nothing.");
}
