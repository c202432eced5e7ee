/**
 * Child process of bench/art.ts: N uploads at once, RSS sampled throughout.
 * A fresh process, so the baseline is not inflated (nor the peak hidden) by
 * memory the allocator kept from the benchmark's earlier uploads, the way a
 * freshly started server would see it. Prints one BENCH_MEMORY line of JSON.
 */
import { readFileSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import { db } from "@/lib/db";
import { MEMORY_RESULT_MARKER, type MemoryResult } from "./memory";
import { uploadOnce } from "./uploads";

const SAMPLE_EVERY_MS = 10;

async function main(): Promise<void> {
  const [jpegPath, authorId, countText] = process.argv.slice(2);
  const count = Number(countText);
  if (!jpegPath || !authorId || !Number.isInteger(count) || count < 1) throw new Error("usage: memory-probe.ts JPEG AUTHOR_ID COUNT");

  const source = readFileSync(jpegPath);
  // Each request brings its own body; the copies belong to the baseline, as in a server that has received them.
  const bodies = Array.from({ length: count }, () => Buffer.from(source));
  // A connection first, so opening the database does not count as upload memory.
  await db.user.count();
  await sleep(200);
  const baselineRss = process.memoryUsage.rss();

  const timeline: { atMs: number; rss: number }[] = [];
  const started = performance.now();
  const sampler = setInterval(() => timeline.push({ atMs: performance.now() - started, rss: process.memoryUsage.rss() }), SAMPLE_EVERY_MS);
  try {
    const samples = await Promise.all(bodies.map((body, index) => uploadOnce(body, authorId, `Concurrent upload ${index + 1}`, true)));
    const allDoneMs = performance.now() - started;
    const allViewableMs = Math.max(...samples.map((sample) => sample.viewableMs));
    const peak = timeline.reduce((best, sample) => (sample.rss > best.rss ? sample : best), { atMs: 0, rss: baselineRss });
    const result: MemoryResult = {
      uploads: count,
      baselineRss,
      peakRssUntilViewable: Math.max(baselineRss, ...timeline.filter((sample) => sample.atMs <= allViewableMs).map((sample) => sample.rss)),
      peakRss: peak.rss,
      peakAtMs: peak.atMs,
      finalRss: process.memoryUsage.rss(),
      allViewableMs,
      allDoneMs,
      viewableMs: samples.map((sample) => sample.viewableMs),
    };
    console.log(MEMORY_RESULT_MARKER + JSON.stringify(result));
  } finally {
    clearInterval(sampler);
  }
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
