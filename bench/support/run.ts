import os from "node:os";
import { runCleanup } from "./processes";
import { announceQuick } from "./quick";

/**
 * Runs a benchmark's main() after saying what it runs on: stops it (and everything it started) after the
 * watchdog's limit or on Ctrl-C, and always cleans up its processes and files.
 */
export function runBenchmark(name: string, main: () => Promise<void>, watchdogMs: number): void {
  const watchdog = setTimeout(() => {
    console.error(`${name}: still running after ${watchdogMs / 60_000} minutes; stopping.`);
    void runCleanup().finally(() => process.exit(1));
  }, watchdogMs);
  watchdog.unref();

  let interrupted = false;
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      interrupted = true;
      console.error(`\n${name}: ${signal}, cleaning up`);
      void runCleanup().finally(() => process.exit(130));
    });
  }

  console.log(
    `${name} on ${os.availableParallelism()} cores, Node ${process.version}, load average ${os.loadavg()[0].toFixed(2)} at the start`,
  );
  announceQuick();
  main()
    .catch((error) => {
      // After Ctrl-C the steps in flight fail as their children are stopped: not worth a stack trace.
      if (!interrupted) console.error(`\n${name} failed:`, error);
      process.exitCode = 1;
    })
    .finally(() => runCleanup());
}
