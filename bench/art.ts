/**
 * `npm run bench:art [-- --skip-build]`: the figures the product owner asked
 * for in the art pipeline issue, on this machine:
 *   - upload-to-viewable time of a 12 MP JPEG (target p95 ≤ 1.5 s), in-process and over HTTP;
 *   - the bytes of each variant;
 *   - peak memory with 8 uploads at once;
 *   - gallery throughput and p95 with 50 connections against `next start` (target p95 ≤ 250 ms),
 *     on a database seeded with 10,000 artworks.
 * Everything runs on throwaway storage under the system temp folder, removed
 * at the end; only 127.0.0.1 is loaded. `npm run build` rebuilds .next unless
 * --skip-build is given.
 */
import { writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { ENCODES_IN_PARALLEL } from "@/lib/images/pipeline";
import { IMAGE_JOBS_AT_ONCE } from "@/lib/images/queue";
import type { HttpUploadSample } from "./art/http-upload";
import { checkPage, measurePage, type LoadResult } from "./art/load";
import { measureConcurrentUploads, type MemoryResult } from "./art/memory";
import { QUICK, sized, verdict } from "./support/quick";
import { runBenchmark } from "./support/run";
import { portFlag, serveBuild, type Server } from "./support/server";
import { bytes, distribution, heading, mib, ms, seconds, table } from "./support/stats";
import { SOURCE_HEIGHT, SOURCE_MEGAPIXELS, SOURCE_WIDTH, sourceJpeg } from "./art/test-image";
import type { UploadSample, VariantInfo } from "./art/uploads";
import { setUpWorkspaceWithClient, type Workspace } from "./support/workspace";

const { values: flags } = parseArgs({
  options: { "skip-build": { type: "boolean", default: false }, quick: { type: "boolean", default: false }, port: { type: "string" } },
});
const HOST = "127.0.0.1";
const PORT = portFlag(flags.port, 3200);
const TARGET_UPLOAD_P95_MS = 1_500;
const TARGET_GALLERY_P95_MS = 250;
/** Peak RSS over the baseline while 8 uploads arrive at once, their AVIF work included. */
const TARGET_MEMORY_OVER_BASELINE = 400 * 1024 * 1024;

/** Sized so the whole run stays near 5 minutes on the 2-core machine, build included. */
const IN_PROCESS = sized({ warmUps: 1, runs: 15, avifRuns: 5 }, { warmUps: 0, runs: 2, avifRuns: 1 });
const HTTP = sized({ warmUps: 1, runs: 6 }, { warmUps: 0, runs: 1 });
const CONCURRENT_UPLOADS = sized(8, 2);
const SEED = sized(
  { artists: 50, artworks: 10_000, comments: 5_000, batchSize: 500 },
  { artists: 10, artworks: 300, comments: 100, batchSize: 100 },
);
const DEEP_PAGE = sized(800, 20);
const UNDER_LOAD = sized({ connections: 50, seconds: 15, warmUpSeconds: 3 }, { connections: 5, seconds: 2, warmUpSeconds: 1 });
/** One connection: the time a page costs the server when nobody queues in front of it. */
const UNLOADED = sized({ connections: 1, seconds: 3, warmUpSeconds: 0 }, { connections: 1, seconds: 1, warmUpSeconds: 0 });
/** Stops a hung run (and still cleans up) well after a normal one would have finished. */
const WATCHDOG_MS = 15 * 60_000;

type GalleryPage = { label: string; path: string };
type GalleryFigure = GalleryPage & { loaded: LoadResult; unloaded: LoadResult; htmlBytes: number; encoding: string; queriesMs: number };

type Report = {
  inProcess: UploadSample[];
  memory: MemoryResult;
  gallery: GalleryFigure[];
  http: HttpUploadSample[] | { skipped: string };
};

function galleryPages(artist: string): GalleryPage[] {
  return [
    { label: "/ (first page)", path: "/" },
    { label: `/?page=${DEEP_PAGE} (deep page)`, path: `/?page=${DEEP_PAGE}` },
    { label: `/u/${artist} (profile)`, path: `/u/${artist}` },
  ];
}

// ---------------------------------------------------------------- uploads

/** One row per stage: its label and every sample's milliseconds. */
function timingTable(stages: [label: string, values: number[]][]): string {
  const rows = stages.map(([label, values]) => {
    const figures = distribution(values);
    return [label, String(figures.n), ms(figures.p50), ms(figures.p95), ms(figures.max)];
  });
  return table(["stage", "n", "p50", "p95", "max"], rows);
}

async function measureInProcessUploads(jpeg: Buffer, authorId: string): Promise<UploadSample[]> {
  heading(`Upload to viewable: ${SOURCE_MEGAPIXELS} JPEG, in-process`);
  const { pipelineSteps, uploadSeries } = await import("./art/uploads");
  const samples = await uploadSeries(jpeg, authorId, IN_PROCESS);
  console.log(`  ${IN_PROCESS.runs} uploads one at a time after ${IN_PROCESS.warmUps} warm-up, on the app's own code path:`);
  console.log("  viewable = prepareImage + publishArtwork (row committed with FULL + WebP variants, files written).");
  console.log(`  The AVIF stage (after the response in the app) was timed on the first ${IN_PROCESS.avifRuns} runs.\n`);
  const avif = samples.flatMap((sample) => (sample.avifReadyMs === null ? [] : [sample.avifReadyMs]));
  console.log(
    timingTable([
      ["upload → viewable", samples.map((sample) => sample.viewableMs)],
      ["  prepareImage (checks, decode, encodes)", samples.map((sample) => sample.prepareMs)],
      ["  publishArtwork (files + rows)", samples.map((sample) => sample.publishMs)],
      ["AVIF ready after (from bytes in)", avif],
    ]),
  );
  const sorted = samples.map((sample) => sample.viewableMs / 1000).toSorted((a, b) => a - b);
  console.log(`\n  every run (s, sorted): ${sorted.map((value) => value.toFixed(2)).join(" ")}`);

  const steps = await pipelineSteps(jpeg);
  console.log("\n  Where the time goes: each step once, one after another on one libvips thread");
  console.log(
    `  (prepareImage runs the FULL and WebP encodes ${ENCODES_IN_PARALLEL} at a time, so its wall time is shorter than the sum):\n`,
  );
  const before = steps.filter((step) => !step.step.includes("avif"));
  const after = steps.filter((step) => step.step.includes("avif"));
  const total = (list: typeof steps) => ms(list.reduce((sum, step) => sum + step.ms, 0));
  console.log(
    table(
      ["step", "time"],
      [
        ...before.map((step) => [step.step, ms(step.ms)]),
        ["sum before the response", total(before)],
        ...after.map((step) => [step.step, ms(step.ms)]),
        ["sum of the AVIF encodes", total(after)],
      ],
    ),
  );
  return samples;
}

function printVariants(sourceBytes: number, variants: VariantInfo[]): void {
  heading(`Bytes of each variant (the ${SOURCE_MEGAPIXELS} upload)`);
  const rows = [
    ["source upload", "jpeg", `${SOURCE_WIDTH}×${SOURCE_HEIGHT}`, bytes(sourceBytes), "what the artist sent"],
    ...variants.map((variant) => [
      variant.kind,
      variant.format,
      `${variant.width}×${variant.height}`,
      bytes(variant.bytes),
      variant.stage === "immediate" ? "before the response" : "deferred (after the response)",
    ]),
  ];
  console.log(table(["kind", "format", "pixels", "bytes", "when"], rows));
  const stored = variants.reduce((sum, variant) => sum + variant.bytes, 0);
  console.log(`\n  stored per artwork: ${bytes(stored)} in ${variants.length} files`);
}

async function measureMemory(jpegPath: string, authorId: string, sourceBytes: number): Promise<MemoryResult> {
  heading(`Peak memory with ${CONCURRENT_UPLOADS} uploads at once`);
  const result = await measureConcurrentUploads(jpegPath, authorId, CONCURRENT_UPLOADS);
  const viewable = distribution(result.viewableMs);
  console.log(`  ${CONCURRENT_UPLOADS} × (prepareImage + publishArtwork, then its deferred AVIF) started together in a fresh`);
  console.log("  process, as a freshly started server would take them; RSS sampled every 10 ms.\n");
  const overBaseline = (rss: number) => `+${mib(rss - result.baselineRss)}`;
  console.log(
    table(
      ["figure", "RSS", "over baseline", "note"],
      [
        [
          "baseline",
          mib(result.baselineRss),
          "",
          `includes the ${CONCURRENT_UPLOADS} request bodies (${mib(sourceBytes * CONCURRENT_UPLOADS)})`,
        ],
        [
          `peak until all ${CONCURRENT_UPLOADS} viewable`,
          mib(result.peakRssUntilViewable),
          overBaseline(result.peakRssUntilViewable),
          `all viewable after ${seconds(result.allViewableMs)}`,
        ],
        [
          "peak overall (AVIF tail included)",
          mib(result.peakRss),
          overBaseline(result.peakRss),
          `${seconds(result.peakAtMs)} after the start`,
        ],
        ["after everything finished", mib(result.finalRss), overBaseline(result.finalRss), "freed by libvips, kept by the allocator"],
      ],
    ),
  );
  console.log(
    `\n  each upload's time to viewable: p50 ${ms(viewable.p50)}, max ${ms(viewable.max)} (the queue makes the later ones wait);`,
  );
  console.log(`  all ${CONCURRENT_UPLOADS} AVIF sets attached after ${seconds(result.allDoneMs)}.`);
  return result;
}

// ---------------------------------------------------------------- gallery

async function seed(
  template: { width: number; height: number; variants: VariantInfo[] },
  passwordHash: string,
): Promise<{ artist: string; queriesMs: Map<string, number> }> {
  heading(`Seeding ${SEED.artworks.toLocaleString("en")} artworks`);
  const { seedGallery } = await import("./art/seed");
  const started = performance.now();
  const result = await seedGallery(SEED, template, passwordHash);
  console.log(
    `  ${result.artists} artists, ${result.artworks.toLocaleString("en")} artworks with ${result.variants.toLocaleString("en")} variant rows ` +
      `(FULL + WebP + AVIF, as a ${SOURCE_MEGAPIXELS} upload makes), ${result.comments.toLocaleString("en")} comments`,
  );
  console.log(
    `  in ${seconds(performance.now() - started)} (multi-row INSERTs through the Prisma client, ${SEED.batchSize} artworks per transaction)`,
  );
  console.log(`  busiest artist: ${result.busiestArtist.username} with ${result.busiestArtist.artworks.toLocaleString("en")} artworks`);
  console.log("  Variant rows name image files that were never written: the benchmark measures the HTML pages,");
  console.log("  which never read them (no browser fetches the images).");

  const artist = result.busiestArtist.username;
  const { timeGalleryQueries } = await import("./art/gallery-queries");
  const [first, deep, profile] = galleryPages(artist).map((page) => page.path);
  const queriesMs = await timeGalleryQueries({ first, deep, profile }, DEEP_PAGE, artist);
  console.log(
    `\n  the pages' database queries in-process (p50): ${[...queriesMs].map(([page, time]) => `${page} ${ms(time)}`).join(", ")}`,
  );
  return { artist, queriesMs };
}

async function measureGallery(origin: string, artist: string, queriesMs: Map<string, number>): Promise<GalleryFigure[]> {
  heading("Gallery pages under load");
  console.log(
    `  autocannon from this process: ${UNDER_LOAD.connections} connections, ${UNDER_LOAD.warmUpSeconds} s warm-up, then ${UNDER_LOAD.seconds} s measured;`,
  );
  console.log(`  "alone" is the p50 of ${UNLOADED.seconds} s at 1 connection. Percentiles come from every response's latency.`);
  console.log("  Requests ask for gzip/br as browsers do; html is the page's size before compression.\n");
  const figures: GalleryFigure[] = [];
  for (const page of galleryPages(artist)) {
    const check = await checkPage(origin, page.path);
    if (check.status !== 200 || check.cards === 0)
      throw new Error(`${page.path} answered ${check.status} with ${check.cards} artwork cards`);
    const unloaded = await measurePage(origin, page.path, UNLOADED);
    const loaded = await measurePage(origin, page.path, UNDER_LOAD);
    figures.push({
      ...page,
      loaded,
      unloaded,
      htmlBytes: check.bytes,
      encoding: check.encoding,
      queriesMs: queriesMs.get(page.path) ?? Number.NaN,
    });
  }
  const rows = figures.map(({ label, loaded, unloaded, htmlBytes, encoding }) => [
    label,
    `${(htmlBytes / 1024).toFixed(0)} KiB ${encoding}`,
    loaded.requestsPerSecond.toFixed(1),
    ms(loaded.latency.p50),
    ms(loaded.latency.p95),
    ms(loaded.latency.p99),
    ms(loaded.latency.max),
    String(loaded.errors),
    String(loaded.non2xx),
    ms(unloaded.latency.p50),
  ]);
  console.log(table(["page", "html", "req/s", "p50", "p95", "p99", "max", "errors", "non-2xx", "alone"], rows));
  return figures;
}

async function measureHttpUploads(
  server: Server,
  workspace: Workspace,
  jpeg: Buffer,
  passwordHash: string,
): Promise<HttpUploadSample[] | { skipped: string }> {
  heading(`Upload to viewable: ${SOURCE_MEGAPIXELS} JPEG, over HTTP`);
  try {
    const { createBenchUser } = await import("./art/uploads");
    const { httpUploadSeries, isSignedIn, sessionCookie } = await import("./art/http-upload");
    const cookie = await sessionCookie(await createBenchUser("bench_http_uploader", passwordHash), workspace.env.AUTH_SECRET);
    if (!(await isSignedIn(server.origin, cookie)))
      throw new Error("the minted session cookie was not accepted (GET /upload did not answer 200)");
    const samples = await httpUploadSeries(server.origin, cookie, jpeg, HTTP);
    console.log(`  ${HTTP.runs} uploads one at a time after ${HTTP.warmUps} warm-up, signed in with a minted Auth.js session cookie:`);
    console.log("  viewable = POST /api/artworks (multipart, 201) + GET /art/<id> (200). Each run waits for its AVIF");
    console.log("  rows before the next starts, so runs do not share the cores.\n");
    console.log(
      timingTable([
        ["upload → viewable", samples.map((sample) => sample.viewableMs)],
        ["  POST /api/artworks", samples.map((sample) => sample.postMs)],
        ["  GET /art/<id>", samples.map((sample) => sample.viewableMs - sample.postMs)],
        ["AVIF ready after (from first byte sent)", samples.map((sample) => sample.avifReadyMs)],
      ]),
    );
    return samples;
  } catch (error) {
    // A quick run is there to notice what broke: it may not skip.
    if (QUICK) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    console.log(`  skipped: ${reason}`);
    return { skipped: reason };
  }
}

// ---------------------------------------------------------------- summary

function summaryRows(report: Report): string[][] {
  const inProcess = distribution(report.inProcess.map((sample) => sample.viewableMs));
  const avif = distribution(report.inProcess.flatMap((sample) => (sample.avifReadyMs === null ? [] : [sample.avifReadyMs])));
  const uploadTarget = `≤ ${ms(TARGET_UPLOAD_P95_MS)}`;
  const rows = [
    [`upload→viewable p95, in-process (n=${inProcess.n})`, ms(inProcess.p95), uploadTarget, verdict(inProcess.p95 <= TARGET_UPLOAD_P95_MS)],
  ];
  if ("skipped" in report.http) {
    rows.push(["upload→viewable p95, over HTTP", "skipped", uploadTarget, "n/a"]);
  } else {
    const http = distribution(report.http.map((sample) => sample.viewableMs));
    rows.push([`upload→viewable p95, over HTTP (n=${http.n})`, ms(http.p95), uploadTarget, verdict(http.p95 <= TARGET_UPLOAD_P95_MS)]);
  }
  rows.push([`AVIF ready after, p50 (in-process, n=${avif.n})`, ms(avif.p50), "none set", "info"]);
  const overBaseline = report.memory.peakRss - report.memory.baselineRss;
  rows.push([
    `peak RSS over baseline, ${CONCURRENT_UPLOADS} uploads at once`,
    `+${mib(overBaseline)}`,
    `≤ +${mib(TARGET_MEMORY_OVER_BASELINE)}`,
    verdict(overBaseline <= TARGET_MEMORY_OVER_BASELINE),
  ]);
  for (const figure of report.gallery) {
    const { connections, latency, requestsPerSecond } = figure.loaded;
    rows.push([
      `${figure.label} p95 @ ${connections} conns`,
      ms(latency.p95),
      `≤ ${ms(TARGET_GALLERY_P95_MS)}`,
      verdict(latency.p95 <= TARGET_GALLERY_P95_MS),
    ]);
    rows.push(["  throughput", `${requestsPerSecond.toFixed(0)} req/s`, "", ""]);
  }
  return rows;
}

function printLimits(report: Report): void {
  const prepare = distribution(report.inProcess.map((sample) => sample.prepareMs)).p50;
  const viewable = distribution(report.inProcess.map((sample) => sample.viewableMs)).p50;
  const webpCount = report.inProcess[0].variants.filter((variant) => variant.format === "webp").length;
  console.log("\n  What limits each:");
  console.log(
    `  - upload: CPU-bound sharp/libvips work. prepareImage is ${((prepare / viewable) * 100).toFixed(0)}% of the p50: a read of every pixel` +
      ` (the colours), then the FULL re-encode and ${webpCount} WebP encodes, ${ENCODES_IN_PARALLEL} at a time on ${os.availableParallelism()} cores,` +
      " each decoding the file again at the smallest scale it can; files + row are the rest.",
  );
  console.log(
    `  - AVIF: at most ${IMAGE_JOBS_AT_ONCE.background} background job at a time, beside the uploads, its encodes one after another;` +
      " it only delays the AVIF sources, WebP is served meanwhile.",
  );
  console.log(
    `  - memory: runInImageQueue runs ${IMAGE_JOBS_AT_ONCE.upload} upload at a time (its encoders and their buffers, no whole decoded` +
      ` ${SOURCE_MEGAPIXELS} copy) and ${IMAGE_JOBS_AT_ONCE.background} AVIF job beside it; waiting uploads hold only their bodies.` +
      " RSS also counts what glibc's allocator keeps after libvips frees it (the probe runs with npm start's allocator settings).",
  );
  for (const figure of report.gallery) {
    const { connections, requestsPerSecond, latency } = figure.loaded;
    // Little's law: with N requests always in flight, the mean time in the system is N / throughput.
    const inSystem = (connections / requestsPerSecond) * 1000;
    console.log(
      `  - ${figure.label}: ${ms(figure.unloaded.latency.p50)} alone, of which ${ms(figure.queriesMs)} database;` +
        ` ${connections} / ${requestsPerSecond.toFixed(1)} req/s = ${ms(inSystem)} in the system at ${connections} connections (p50 ${ms(latency.p50)}).`,
    );
  }
  console.log(
    "    One Node process renders every page (React SSR + Prisma on SQLite on one JS thread): under load a request mostly" +
      ` waits for that thread. A p95 of ${ms(TARGET_GALLERY_P95_MS)} at ${UNDER_LOAD.connections} connections needs about` +
      ` ${Math.round((UNDER_LOAD.connections / TARGET_GALLERY_P95_MS) * 1000)} req/s. autocannon shares the same cores.`,
  );
}

function printSummary(report: Report, server: Server): void {
  heading("Summary");
  console.log(table(["figure", "measured", "target", "result"], summaryRows(report)));
  printLimits(report);
  const [load] = os.loadavg();
  const busy = load > os.availableParallelism() * 1.25 ? " (other work on this machine inflates every figure)" : "";
  console.log(`\n  Load average at the end: ${load.toFixed(2)} on ${os.availableParallelism()} cores${busy}.`);
  const noteworthy = server.process.tail().filter((line) => /error|fail|\[media\]|\[auth\]/i.test(line));
  if (noteworthy.length > 0) console.log(`\n  The server logged:\n${noteworthy.map((line) => `    ${line}`).join("\n")}`);
}

// ---------------------------------------------------------------- main

async function main(): Promise<void> {
  const repoRoot = path.resolve(import.meta.dirname, "..");
  const started = performance.now();
  const workspace = await setUpWorkspaceWithClient(repoRoot, `http://${HOST}:${PORT}`);
  const { hashPassword } = await import("@/lib/auth/password");
  const { createBenchUser } = await import("./art/uploads");
  // One real Argon2id hash shared by every bench account: nobody logs in with them.
  const passwordHash = await hashPassword("bench accounts never log in");
  const uploaderId = await createBenchUser("bench_uploader", passwordHash);

  const imageStarted = performance.now();
  const jpeg = await sourceJpeg(2026);
  const jpegPath = path.join(workspace.root, "source.jpg");
  writeFileSync(jpegPath, jpeg);
  console.log(
    `source image: ${SOURCE_WIDTH}×${SOURCE_HEIGHT} JPEG (quality 90, with grain), ${bytes(jpeg.length)}, made in ${seconds(performance.now() - imageStarted)}`,
  );

  const inProcess = await measureInProcessUploads(jpeg, uploaderId);
  const withAvif = inProcess.find((sample) => sample.avifReadyMs !== null) ?? inProcess[0];
  printVariants(jpeg.length, withAvif.variants);
  const memory = await measureMemory(jpegPath, uploaderId, jpeg.length);
  const { artist, queriesMs } = await seed({ width: SOURCE_WIDTH, height: SOURCE_HEIGHT, variants: withAvif.variants }, passwordHash);

  const server = await serveBuild(
    repoRoot,
    { ...process.env, ...workspace.env },
    { skipBuild: flags["skip-build"], host: HOST, port: PORT },
  );
  const gallery = await measureGallery(server.origin, artist, queriesMs);
  const http = await measureHttpUploads(server, workspace, jpeg, passwordHash);
  await server.process.stop();

  printSummary({ inProcess, memory, gallery, http }, server);
  console.log(`\nbench:art finished in ${seconds(performance.now() - started)}`);
}

runBenchmark("bench:art", main, WATCHDOG_MS);
