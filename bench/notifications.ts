/**
 * `npm run bench:notifications [-- --database sqlite|postgresql]`: the
 * figures asked for in the notifications issue, in-process (no server):
 *   - upload response time of an artist with 100,000 followers against one
 *     with none, uploads interleaved (target: p95 within 10%);
 *   - the fan-out of that upload to every follower: notifications written per second;
 *   - the bell's unread count for a member with 10,000 notifications (target p95 ≤ 5 ms),
 *     and a page of their grouped list.
 * Throwaway storage under the system temp folder (or a throwaway PostgreSQL
 * cluster), removed at the end.
 */
import path from "node:path";
import { parseArgs } from "node:util";
import sharp from "sharp";
import { DATABASE_LABEL, DATABASES, startBenchPostgres, type DatabaseName } from "./support/database";
import { QUICK, sized, verdict } from "./support/quick";
import { standInRealtimeServer } from "./support/realtime-stand-in";
import { runBenchmark } from "./support/run";
import { distribution, heading, ms, seconds, table } from "./support/stats";
import { setUpWorkspace } from "./support/workspace";

const { values: flags } = parseArgs({
  options: { quick: { type: "boolean", default: false }, database: { type: "string", default: "sqlite" } },
});
if (!DATABASES.includes(flags.database as DatabaseName))
  throw new Error(`--database takes ${DATABASES.join(" or ")}, not ${flags.database}`);
const DATABASE = flags.database as DatabaseName;

const FOLLOWERS = sized(100_000, 2_000);
const NOTIFICATIONS = sized(10_000, 1_000);
const UPLOADS = sized({ warmUps: 4, runs: 40 }, { warmUps: 1, runs: 4 });
const COUNTS = sized({ warmUps: 20, runs: 500 }, { warmUps: 2, runs: 20 });
const PAGES = sized({ warmUps: 5, runs: 100 }, { warmUps: 1, runs: 5 });
const TARGET_UPLOAD_RATIO = 1.1;
const TARGET_COUNT_P95_MS = 5;
const WATCHDOG_MS = 15 * 60_000;

const count = (value: number) => value.toLocaleString("en");

async function timed<T>(work: () => Promise<T>): Promise<[number, T]> {
  const started = performance.now();
  const value = await work();
  return [performance.now() - started, value];
}

async function repeat(times: { warmUps: number; runs: number }, work: () => Promise<unknown>): Promise<number[]> {
  for (let index = 0; index < times.warmUps; index++) await work();
  const samples: number[] = [];
  for (let index = 0; index < times.runs; index++) samples.push((await timed(work))[0]);
  return samples;
}

/** A 2 MP picture with detail in it, as an artist's export: every upload makes every WebP size of it. */
async function testJpeg(): Promise<Buffer> {
  return sharp({
    create: { width: 1600, height: 1200, channels: 3, background: "#808080", noise: { type: "gaussian", mean: 128, sigma: 30 } },
  })
    .jpeg({ quality: 90 })
    .toBuffer();
}

async function main() {
  const repoRoot = path.resolve(import.meta.dirname, "..");
  const databaseUrl = DATABASE === "postgresql" ? await startBenchPostgres() : undefined;
  // The fan-out asks the realtime server who is listening after each batch: a stand-in answers "nobody", as a quiet night would.
  await standInRealtimeServer();
  setUpWorkspace(repoRoot, "http://127.0.0.1:3000", databaseUrl);
  const { db } = await import("@/lib/db");
  const seed = await import("./notifications/seed");
  const { prepareImage } = await import("@/lib/images/pipeline");
  const { publishArtwork } = await import("@/lib/art/publish");
  const { fanOutNewArtwork, newArtworkFanOutJob } = await import("@/lib/notifications/fan-out");
  const { unreadCount, notificationPage } = await import("@/lib/notifications/queries");
  const { env } = await import("@/lib/env");

  heading(`Seeding on ${DATABASE_LABEL[DATABASE]}: an artist with ${count(FOLLOWERS)} followers, one with none`);
  const [seedMs, [popular, loner]] = await timed(() =>
    (async () => [await seed.artistWithFollowers("popular", FOLLOWERS), await seed.artistWithFollowers("loner", 0)] as const)(),
  );
  console.log(`  seeded in ${seconds(seedMs)}`);

  heading(`Upload response time, ${UPLOADS.runs} uploads each, interleaved (2 MP JPEG: checks, decode, every WebP size, files, rows)`);
  const jpeg = await testJpeg();
  const upload = async (authorId: string, index: number) => {
    const prepared = await prepareImage(jpeg);
    if (!prepared.ok) throw new Error(prepared.message);
    const published = await publishArtwork(authorId, { title: `Upload ${index}`, description: "", tags: [] }, prepared.value);
    if (!published.ok) throw new Error(published.message);
    return published.value.id;
  };
  for (let index = 0; index < UPLOADS.warmUps; index++) await upload(index % 2 ? popular.artistId : loner.artistId, index);
  const samples = { popular: [] as number[], loner: [] as number[] };
  let popularArtworkId = "";
  for (let index = 0; index < UPLOADS.runs * 2; index++) {
    const withFollowers = index % 2 === 0;
    const [took, artworkId] = await timed(() => upload(withFollowers ? popular.artistId : loner.artistId, index));
    (withFollowers ? samples.popular : samples.loner).push(took);
    if (withFollowers) popularArtworkId = artworkId;
  }
  const [withNone, withMany] = [distribution(samples.loner), distribution(samples.popular)];
  const ratio = withMany.p95 / withNone.p95;
  console.log(
    table(
      ["artist", "p50", "p95", "max"],
      [
        ["no followers", ms(withNone.p50), ms(withNone.p95), ms(withNone.max)],
        [`${count(FOLLOWERS)} followers`, ms(withMany.p50), ms(withMany.p95), ms(withMany.max)],
      ],
    ),
  );
  console.log(
    `  p95 with followers ÷ without: ${ratio.toFixed(3)} (target ≤ ${TARGET_UPLOAD_RATIO}) ${verdict(ratio <= TARGET_UPLOAD_RATIO)}`,
  );
  console.log(
    `  each upload by the followed artist only enqueued its fan-out job: ${count(await db.job.count({ where: { kind: newArtworkFanOutJob.name } }))} jobs waiting`,
  );

  heading(`Fan-out of one upload to ${count(FOLLOWERS)} followers, ${count(env.NOTIFICATION_FANOUT_BATCH)} per job`);
  await db.job.deleteMany({ where: { kind: newArtworkFanOutJob.name } });
  const [fanOutMs, written] = await timed(async () => {
    let total = await fanOutNewArtwork({ artworkId: popularArtworkId });
    for (;;) {
      const next = await db.job.findFirst({ where: { kind: newArtworkFanOutJob.name, status: "PENDING" } });
      if (!next) return total;
      await db.job.delete({ where: { id: next.id } });
      total += await fanOutNewArtwork(newArtworkFanOutJob.payload.parse(JSON.parse(next.payload)));
    }
  });
  if (written !== FOLLOWERS) throw new Error(`the fan-out told ${written} followers, not ${FOLLOWERS}`);
  console.log(
    `  ${count(written)} notifications in ${seconds(fanOutMs)}: ${count(Math.round(written / (fanOutMs / 1_000)))} notifications/s`,
  );

  heading(`The bell and the list of a member with ${count(NOTIFICATIONS)} notifications (a tenth unread)`);
  const readerId = await seed.readerWithNotifications(NOTIFICATIONS, popular.followerIds.slice(0, 500), popularArtworkId);
  const reader = await db.user.findUniqueOrThrow({ where: { id: readerId }, select: { id: true, username: true } });
  const unread = await unreadCount(readerId);
  const counts = distribution(await repeat(COUNTS, () => unreadCount(readerId)));
  const pages = distribution(await repeat(PAGES, () => notificationPage(reader)));
  console.log(
    table(
      ["read", "p50", "p95", "max"],
      [
        [`bell count (shows ${unread >= 100 ? "99+" : unread})`, ms(counts.p50), ms(counts.p95), ms(counts.max)],
        ["first page of /notifications (20 groups)", ms(pages.p50), ms(pages.p95), ms(pages.max)],
      ],
    ),
  );
  console.log(`  bell count p95 ${ms(counts.p95)} (target ≤ ${TARGET_COUNT_P95_MS} ms) ${verdict(counts.p95 <= TARGET_COUNT_P95_MS)}`);
  if (QUICK) console.log("\n(quick run: small sizes; the targets are judged on a full run)");
}

runBenchmark("bench:notifications", main, WATCHDOG_MS);
