/**
 * `npm run bench:http [-- --skip-build] [-- --port N]`: what a page costs the
 * production server, against `/login`, the simplest page that reads the
 * session. Each page is loaded with autocannon at 50 connections for 12 s
 * (after a warm-up), one after another in one run, on a gallery of 10,000
 * artworks:
 *   - a static icon (what the server can do at all);
 *   - `/login` (the layout and the session read, no data);
 *   - `/` and `/?sort=top&period=week` (gallery pages);
 *   - an artwork's page.
 * Targets: the gallery and artwork pages serve at least 75% of `/login`'s
 * requests per second, with p97.5 below 1.5 × `/login`'s. Then the gallery
 * again, served by 1 and by 2 web processes (WEB_CONCURRENCY). Then `/login`, the
 * gallery and the artwork page again on a server run with `node --cpu-prof`:
 * where each request's CPU time goes.
 */
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { mkdirSync } from "node:fs";
import { checkPage, measurePage, type LoadResult } from "./art/load";
import { largestProfile, readSamples, summarise, type ProfileSummary } from "./http/profile";
import { sourceJpeg } from "./art/test-image";
import { sized, verdict } from "./support/quick";
import { runBenchmark } from "./support/run";
import { portFlag, serveBuild, startServer } from "./support/server";
import { heading, ms, seconds, table } from "./support/stats";
import { setUpWorkspaceWithClient, type Workspace } from "./support/workspace";

const { values: flags } = parseArgs({
  options: { "skip-build": { type: "boolean", default: false }, quick: { type: "boolean", default: false }, port: { type: "string" } },
});
const HOST = "127.0.0.1";
const PORT = portFlag(flags.port, 3220);
const LOAD = sized({ connections: 50, seconds: 12, warmUpSeconds: 3 }, { connections: 5, seconds: 1, warmUpSeconds: 1 });
const SEED = sized(
  { artists: 50, artworks: 10_000, comments: 5_000, batchSize: 500 },
  { artists: 10, artworks: 300, comments: 100, batchSize: 100 },
);
/** A page must serve at least this share of /login's requests per second. */
const TARGET_THROUGHPUT_SHARE = 0.75;
/** And keep its p97.5 under this multiple of /login's. */
const TARGET_P975_RATIO = 1.5;
const WATCHDOG_MS = 15 * 60_000;

/**
 * profiled: split in the CPU profile (the baseline, the gallery and the artwork page); the gallery is second.
 * signedIn: loaded with a member's session cookie (the session read, the member's hearts, mutes and blocks).
 */
type Page = { label: string; path: string; judged: boolean; cards?: boolean; profiled?: boolean; signedIn?: boolean };
type Figure = Page & { load: LoadResult; htmlBytes: number };

function pages(artworkId: string): Page[] {
  return [
    { label: "a static icon (the ceiling)", path: "/icons/icon-192.png", judged: false },
    { label: "/login (layout, session read, no data)", path: "/login", judged: false, profiled: true },
    { label: "/ gallery", path: "/", judged: true, cards: true, profiled: true },
    { label: "/?sort=top&period=week", path: "/?sort=top&period=week", judged: true, cards: true },
    { label: "an artwork's page", path: `/art/${artworkId}`, judged: true, profiled: true },
    { label: "/ gallery, signed in (no target)", path: "/", judged: false, cards: true, signedIn: true },
  ];
}

/**
 * One real upload through the pipeline (its files exist: its page is the one measured), then 10,000 rows shaped like it.
 * Answers that artwork and its uploader, the member the signed-in page is loaded as.
 */
async function seed(): Promise<{ artworkId: string; memberId: string }> {
  heading(`Seeding ${SEED.artworks.toLocaleString("en")} artworks`);
  const started = performance.now();
  const { hashPassword } = await import("@/lib/auth/password");
  const { createBenchUser, uploadOnce } = await import("./art/uploads");
  const { seedGallery } = await import("./art/seed");
  const passwordHash = await hashPassword("bench accounts never log in");
  const memberId = await createBenchUser("bench_uploader", passwordHash);
  const uploaded = await uploadOnce(await sourceJpeg(2026), memberId, "Measured artwork", true);
  const { width, height } = uploaded.variants.find((variant) => variant.kind === "FULL") ?? uploaded.variants[0];
  const result = await seedGallery(SEED, { width, height, variants: uploaded.variants }, passwordHash);
  console.log(
    `  one upload through the pipeline, then ${result.artworks.toLocaleString("en")} artworks by ${result.artists} artists, ` +
      `${result.comments.toLocaleString("en")} comments, in ${seconds(performance.now() - started)}`,
  );
  return { artworkId: uploaded.artworkId, memberId };
}

/** A session cookie for the member, checked against the server: a page that quietly signed them out would measure the wrong thing. */
async function signIn(origin: string, memberId: string, secret: string): Promise<string> {
  const { isSignedIn, sessionCookie } = await import("./art/http-upload");
  const cookie = await sessionCookie(memberId, secret);
  if (!(await isSignedIn(origin, cookie))) throw new Error("the minted session cookie was not accepted (GET /upload did not answer 200)");
  return cookie;
}

async function measure(origin: string, artworkId: string, cookie: string): Promise<Figure[]> {
  heading("Pages under load, one after another");
  console.log(
    `  autocannon from this process: ${LOAD.connections} connections, ${LOAD.warmUpSeconds} s warm-up, then ${LOAD.seconds} s measured.`,
  );
  console.log("  Requests ask for gzip/br as browsers do, signed out unless the row says otherwise (a minted session cookie);");
  console.log("  html is the page's size before compression.\n");
  const figures: Figure[] = [];
  for (const page of pages(artworkId)) {
    const headers: Record<string, string> = page.signedIn ? { cookie } : {};
    const check = await checkPage(origin, page.path, headers);
    if (check.status !== 200 || (page.cards && check.cards === 0))
      throw new Error(`${page.path} answered ${check.status} with ${check.cards} artwork cards`);
    figures.push({ ...page, load: await measurePage(origin, page.path, LOAD, headers), htmlBytes: check.bytes });
  }
  return figures;
}

function report(figures: Figure[]): void {
  const login = figures.find((figure) => figure.path === "/login")!.load;
  const rows = figures.map(({ label, path: pagePath, judged, load, htmlBytes }) => {
    const share = load.requestsPerSecond / login.requestsPerSecond;
    const latencyRatio = load.latency.p975 / login.latency.p975;
    const met = share >= TARGET_THROUGHPUT_SHARE && latencyRatio <= TARGET_P975_RATIO;
    return [
      label,
      pagePath.startsWith("/icons/") ? "" : `${(htmlBytes / 1024).toFixed(0)} KiB`,
      load.requestsPerSecond.toFixed(0),
      ms(load.latency.p50),
      ms(load.latency.p975),
      String(load.errors + load.non2xx),
      `${(share * 100).toFixed(0)}%`,
      `${latencyRatio.toFixed(2)}×`,
      judged ? verdict(met) : "",
    ];
  });
  const target = `≥ ${TARGET_THROUGHPUT_SHARE * 100}% and ≤ ${TARGET_P975_RATIO}×`;
  console.log(table(["page", "html", "req/s", "p50", "p97.5", "errors", "req/s vs /login", "p97.5 vs /login", target], rows));
  const [load] = os.loadavg();
  console.log(`\n  load average at the end: ${load.toFixed(2)} on ${os.availableParallelism()} cores (autocannon shares them)`);
}

/** The gallery served by one web process, then by one per core of this machine: what `WEB_CONCURRENCY` buys. */
const PROCESS_COUNTS = [1, 2];
type ProcessesFigure = { processes: number; load: LoadResult };

async function measureProcesses(repoRoot: string, workspace: Workspace): Promise<ProcessesFigure[]> {
  heading(`The gallery with ${PROCESS_COUNTS.join(" and ")} web processes (WEB_CONCURRENCY), the same load`);
  const figures: ProcessesFigure[] = [];
  for (const processes of PROCESS_COUNTS) {
    const server = await startServer(repoRoot, { ...process.env, ...workspace.env }, HOST, PORT, { processes });
    figures.push({ processes, load: await measurePage(server.origin, "/", LOAD) });
    await server.process.stop();
  }
  return figures;
}

function reportProcesses(figures: ProcessesFigure[]): void {
  const [one] = figures;
  const rows = figures.map(({ processes, load }) => [
    String(processes),
    load.requestsPerSecond.toFixed(0),
    ms(load.latency.p50),
    ms(load.latency.p975),
    String(load.errors + load.non2xx),
    `${(load.requestsPerSecond / one.load.requestsPerSecond).toFixed(2)}×`,
  ]);
  console.log(`\n  / gallery by web processes (${os.availableParallelism()} cores, shared with autocannon):`);
  console.log(table(["processes", "req/s", "p50", "p97.5", "errors", "req/s vs 1 process"], rows));
}

/**
 * The same load on one server that writes a CPU profile when it stops,
 * each page in turn: the self time of its measured seconds (warm-up and
 * idle left out) per request served, by where the code comes from, and the
 * gallery's busiest functions.
 */
async function profilePages(repoRoot: string, workspace: Workspace, artworkId: string): Promise<void> {
  heading("Where the CPU time goes (node --cpu-prof, each page under the same load): ms per request");
  const folder = path.join(workspace.root, "profile");
  mkdirSync(folder, { recursive: true });
  const server = await startServer(repoRoot, { ...process.env, ...workspace.env }, HOST, PORT, {
    nodeOptions: ["--cpu-prof", `--cpu-prof-dir=${folder}`],
  });
  const profiled = pages(artworkId).filter((page) => page.profiled);
  const loads: LoadResult[] = [];
  for (const page of profiled) loads.push(await measurePage(server.origin, page.path, LOAD));
  await server.process.stop();
  const samples = readSamples(largestProfile(folder));
  const summaries = loads.map((load) => summarise(samples, load.measured));
  const perRequest = (summary: ProfileSummary, index: number, origin: string) =>
    (summary.byOrigin.find((share) => share.name === origin)?.ms ?? 0) / loads[index].requests;
  const origins = summaries[1].byOrigin.slice(0, 14).map((share) => share.name);
  const rows = origins.map((origin) => [origin, ...summaries.map((summary, index) => ms(perRequest(summary, index, origin)))]);
  rows.push(["all of it", ...summaries.map((summary, index) => ms(summary.totalMs / loads[index].requests))]);
  rows.push(["req/s while profiled", ...loads.map((load) => load.requestsPerSecond.toFixed(0))]);
  console.log(table(["where the code comes from", ...profiled.map((page) => page.path)], rows));
  console.log(`\n  the busiest functions on ${profiled[1].path}, ms per request:`);
  const gallery = summaries[1];
  console.log(
    table(
      ["function", "self", "share"],
      gallery.byFunction.map(({ name, ms: time, share }) => [name, ms(time / loads[1].requests), `${(share * 100).toFixed(1)}%`]),
    ),
  );
}

async function main(): Promise<void> {
  const repoRoot = path.resolve(import.meta.dirname, "..");
  const started = performance.now();
  const workspace = await setUpWorkspaceWithClient(repoRoot, `http://${HOST}:${PORT}`);
  const { artworkId, memberId } = await seed();
  const server = await serveBuild(
    repoRoot,
    { ...process.env, ...workspace.env },
    { skipBuild: flags["skip-build"], host: HOST, port: PORT },
  );
  const figures = await measure(server.origin, artworkId, await signIn(server.origin, memberId, workspace.env.AUTH_SECRET));
  await server.process.stop();
  const byProcesses = await measureProcesses(repoRoot, workspace);
  await profilePages(repoRoot, workspace, artworkId);
  heading("Summary");
  report(figures);
  reportProcesses(byProcesses);
  console.log(`\nbench:http finished in ${seconds(performance.now() - started)}`);
}

runBenchmark("bench:http", main, WATCHDOG_MS);
