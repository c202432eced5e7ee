/**
 * Fills the bench database with a rated community: members, artworks over
 * the last few months (so day/week/month select realistic subsets) and a
 * million ratings with a long tail, then sets every artwork's totals and
 * scores with set-based SQL, as if each rating had gone through rateArtwork.
 * Imports lib/db: load with `await import()` after the workspace is set up.
 */
import { newMediaKey, variantKey } from "@/lib/art/media-keys";
import { db } from "@/lib/db";
import { HOT_DECAY_SECONDS, PRIOR_MEAN, PRIOR_WEIGHT, hotScore, topScore } from "@/lib/ratings/score";
import { usernameKey } from "@/lib/auth/schemas";
import { cuidLike, placeholderPool, randomSource } from "../support/seeding";
import { SETTLE_LABEL, epochSeconds, greatest, insertJson, onPostgres, settle, withSeedCache, type JsonRow } from "./dialect";

export type RatingsSeedPlan = {
  members: number;
  /** The first `artists` members post work; every member rates. */
  artists: number;
  artworks: number;
  ratings: number;
  /** Share of artworks nobody rates. */
  unratedShare: number;
  /** Below the member count, so the write benchmark always finds members who have not rated the most popular work. */
  maxRatingsPerArtwork: number;
  ageDays: number;
};

/**
 * What another benchmark seeding on top of this one changes: the artworks'
 * texts (else "Study no. N" and no description), and whether to refresh the
 * statistics at the end (it refreshes them itself once its own rows are in).
 */
export type SeedOptions = { text?: { title: () => string; description: () => string }; settle?: boolean };

export type SeededArtwork = { id: string; author: number; createdAt: Date; ratings: number };
export type Member = { id: string; username: string };

export type RatingsSeed = {
  now: Date;
  members: Member[];
  artworks: SeededArtwork[];
  busiestArtist: Member & { artworks: number };
  hotComputedIn: "SQL" | "JS";
  verified: number;
  /** What ran after the seed to refresh statistics and checkpoint ("ANALYZE + checkpoint"). */
  settled: string;
  ms: { members: number; artworks: number; ratings: number; aggregates: number; analyze: number };
};

export const DAY_MS = 86_400_000;
/** Thumbnails as the pipeline makes them for a landscape upload; listArtworks reads only THUMB rows. */
const THUMBS = [
  { kind: "THUMB", format: "webp", width: 480, height: 270, bytes: 14_000 },
  { kind: "THUMB", format: "webp", width: 960, height: 540, bytes: 41_000 },
] as const;
/** SQLite's page cache while seeding: large enough for the rating and index pages the seed touches. */
const SEED_CACHE_KIB = 256 * 1024;
/** One transaction per this many ratings: one commit per batch, and bounded memory. */
const RATINGS_PER_TRANSACTION = 40_000;

const elapsed = (started: number) => performance.now() - started;

// ---------------------------------------------------------------- timestamps

/**
 * The text Prisma's SQLite adapter stores for a DateTime (ISO 8601 with
 * "+00:00"); checked against the adapter itself by checkTimestampFormat().
 * PostgreSQL parses the same text into its timestamp columns (in UTC, as
 * Prisma writes them there); verifySample reads the dates back through Prisma.
 */
export function timestamp(date: Date): string {
  return date.toISOString().replace("Z", "+00:00");
}

/** Binds a Date through Prisma and compares what reaches SQLite with timestamp(): rows seeded as JSON must sort and parse like the app's. */
async function checkTimestampFormat(): Promise<void> {
  if (onPostgres) return;
  const probe = new Date(Date.UTC(2026, 0, 2, 3, 4, 5, 67));
  const [row] = await db.$queryRawUnsafe<{ stored: string }[]>("SELECT ? AS stored", probe);
  if (row.stored !== timestamp(probe))
    throw new Error(`Prisma binds dates as ${JSON.stringify(row.stored)}, the seed would write ${JSON.stringify(timestamp(probe))}`);
}

// ---------------------------------------------------------------- members and artworks

async function seedMembers(count: number, passwordHash: string, now: number): Promise<Member[]> {
  const members = Array.from({ length: count }, (_, index) => {
    const username = `member_${String(index + 1).padStart(4, "0")}`;
    const createdAt = timestamp(new Date(now - (200 + (index % 150)) * DAY_MS));
    return { id: cuidLike(), username, usernameKey: usernameKey(username), passwordHash, createdAt, updatedAt: createdAt };
  });
  await insertJson("User", members);
  return members.map(({ id, username }) => ({ id, username }));
}

/** Zipf-like (weight 1/rank): a few prolific artists and a long tail, so one profile is really busy. */
function artistPicker(artists: number, random: () => number): () => number {
  const cumulative: number[] = [];
  let total = 0;
  for (let rank = 1; rank <= artists; rank++) cumulative.push((total += 1 / rank));
  return () => {
    const target = random() * total;
    let low = 0;
    let high = artists - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (cumulative[middle] < target) low = middle + 1;
      else high = middle;
    }
    return low;
  };
}

async function seedArtworks(
  plan: RatingsSeedPlan,
  members: Member[],
  now: number,
  random: () => number,
  text: SeedOptions["text"],
): Promise<SeededArtwork[]> {
  const pickArtist = artistPicker(plan.artists, random);
  const pool = await placeholderPool(8);
  const artworks: SeededArtwork[] = [];
  const batch = 5_000;
  for (let start = 0; start < plan.artworks; start += batch) {
    const rows: JsonRow[] = [];
    const variants: JsonRow[] = [];
    for (let index = start; index < Math.min(plan.artworks, start + batch); index++) {
      const author = pickArtist();
      // A mild skew towards the recent past: a growing community posts more each week.
      const createdAt = new Date(now - random() ** 1.25 * plan.ageDays * DAY_MS - 60_000);
      const id = cuidLike();
      const mediaKey = newMediaKey();
      const { placeholder, placeholderUrl, dominantColor } = pool[index % pool.length];
      // hotScore as publishArtwork stores it for unrated work; rated work is rescored below.
      const hot = hotScore({ count: 0, sum: 0 }, createdAt);
      const at = timestamp(createdAt);
      const title = text?.title() ?? `Study no. ${index + 1}`;
      const [width, height] = [3840, 2160];
      rows.push({
        id,
        authorId: members[author].id,
        title,
        ...(text ? { description: text.description() } : {}),
        width,
        height,
        placeholder,
        placeholderUrl,
        dominantColor,
        mediaKey,
        hotScore: hot,
        createdAt: at,
        updatedAt: at,
      });
      for (const thumb of THUMBS) variants.push({ artworkId: id, ...thumb, key: variantKey(mediaKey, thumb) });
      artworks.push({ id, author, createdAt, ratings: 0 });
    }
    await db.$transaction([insertJson("Artwork", rows), insertJson("ArtworkVariant", variants)]);
  }
  return artworks;
}

// ---------------------------------------------------------------- how many ratings each artwork gets

/**
 * Pareto-distributed popularity (a few artworks draw hundreds of ratings,
 * most a handful), damped for work younger than two weeks, which has had
 * less time to be seen. Some share gets none at all.
 */
function popularity(artworks: SeededArtwork[], plan: RatingsSeedPlan, now: number, random: () => number): number[] {
  return artworks.map((artwork) => {
    if (random() < plan.unratedShare) return 0;
    const ageDays = (now - artwork.createdAt.getTime()) / DAY_MS;
    return (1 / (1 - random()) ** (1 / 1.15)) * (0.25 + 0.75 * Math.min(1, ageDays / 14));
  });
}

/** Scales the weights to whole counts that add up to exactly `total`, none above `cap`. */
function ratingCounts(weights: number[], total: number, cap: number, random: () => number): number[] {
  const countsFor = (scale: number) => weights.map((weight) => Math.min(cap, Math.round(weight * scale)));
  const sum = (counts: number[]) => counts.reduce((a, b) => a + b, 0);
  let low = 0;
  let high = 1;
  while (sum(countsFor(high)) < total) high *= 2;
  for (let step = 0; step < 60; step++) {
    const middle = (low + high) / 2;
    if (sum(countsFor(middle)) < total) low = middle;
    else high = middle;
  }
  const counts = countsFor(high);
  // Rounding leaves the sum a little off: nudge rated artworks one at a time until it is exact.
  let excess = sum(counts) - total;
  while (excess !== 0) {
    const index = Math.floor(random() * counts.length);
    if (weights[index] === 0) continue;
    const step = excess > 0 ? -1 : 1;
    const next = counts[index] + step;
    if (next < 1 || next > cap) continue;
    counts[index] = next;
    excess += step;
  }
  return counts;
}

// ---------------------------------------------------------------- ratings

/** Stars skewed high, as on real art sites; each artwork's own appeal decides between a generous and a mixed crowd. */
const GENEROUS = [0.02, 0.04, 0.12, 0.32, 0.5];
const MIXED = [0.12, 0.18, 0.3, 0.24, 0.16];

function stars(appeal: number, random: () => number): number {
  const weights = random() < appeal ? GENEROUS : MIXED;
  let target = random();
  for (let value = 1; value <= 5; value++) {
    target -= weights[value - 1];
    if (target <= 0) return value;
  }
  return 5;
}

/**
 * `count` distinct members other than the author: a partial Fisher–Yates
 * shuffle over one permutation kept between calls (any permutation will do).
 */
function pickRaters(count: number, author: number, permutation: Int32Array, random: () => number): number[] {
  const raters: number[] = [];
  for (let position = 0; raters.length < count; position++) {
    const swap = position + Math.floor(random() * (permutation.length - position));
    [permutation[position], permutation[swap]] = [permutation[swap], permutation[position]];
    if (permutation[position] !== author) raters.push(permutation[position]);
  }
  return raters;
}

async function seedRatings(artworks: SeededArtwork[], members: Member[], now: number, random: () => number): Promise<void> {
  const permutation = Int32Array.from(members, (_, index) => index);
  // In id order, so the (artworkId, userId) unique index grows at its end instead of splitting pages everywhere.
  const byId = artworks.toSorted((a, b) => (a.id < b.id ? -1 : 1));
  let pending: JsonRow[] = [];
  // One statement a batch: the database commits (and writes its WAL) once per batch rather than once per row.
  const flush = async () => {
    if (pending.length > 0) await insertJson("Rating", pending);
    pending = [];
  };
  for (const artwork of byId) {
    if (artwork.ratings === 0) continue;
    const appeal = random();
    const age = now - artwork.createdAt.getTime();
    for (const rater of pickRaters(artwork.ratings, artwork.author, permutation, random)) {
      const at = timestamp(new Date(artwork.createdAt.getTime() + random() * age));
      pending.push({ artworkId: artwork.id, userId: members[rater].id, value: stars(appeal, random), createdAt: at, updatedAt: at });
    }
    if (pending.length >= RATINGS_PER_TRANSACTION) await flush();
  }
  await flush();
}

// ---------------------------------------------------------------- totals and scores

/**
 * log10/sign need SQLITE_ENABLE_MATH_FUNCTIONS, unixepoch(…, 'subsec') SQLite 3.42: check rather than assume.
 * PostgreSQL has all three (extract(epoch …) for the last).
 */
async function canScoreInSql(): Promise<boolean> {
  if (onPostgres) return true;
  try {
    const [row] = await db.$queryRawUnsafe<{ log: number; sign: number; epoch: number }[]>(
      "SELECT log10(100) AS log, sign(-2) AS sign, unixepoch('1970-01-01T00:00:01.500+00:00', 'subsec') AS epoch",
    );
    return Number(row.log) === 2 && Number(row.sign) === -1 && Number(row.epoch) === 1.5;
  } catch {
    return false;
  }
}

const STRENGTH = `(totals.sum - ${PRIOR_MEAN} * totals.count)`;

/**
 * lib/ratings/score.ts in SQL, in doubles as in JS (SQLite reads DOUBLE
 * PRECISION as REAL; PostgreSQL's REAL would be single precision).
 * topScore: (C·m + sum) / (m + count).
 * hotScore: sign(strength)·log10(max(|strength|, 1)) + createdAt in seconds / decay.
 */
const TOP_SQL = `CAST(${PRIOR_MEAN * PRIOR_WEIGHT} + totals.sum AS DOUBLE PRECISION) / (${PRIOR_WEIGHT} + totals.count)`;
const HOT_SQL = `sign(${STRENGTH}) * log10(${greatest(`abs(${STRENGTH})`, "1")}) + ${epochSeconds(`"Artwork"."createdAt"`)} / CAST(${HOT_DECAY_SECONDS} AS DOUBLE PRECISION)`;

/** One UPDATE … FROM over the ratings grouped by artwork; hot too when the database has the math functions. */
async function setTotals(withHot: boolean): Promise<void> {
  await db.$executeRawUnsafe(`
    UPDATE "Artwork" SET
      "ratingCount" = totals.count,
      "ratingSum" = totals.sum,
      "topScore" = ${TOP_SQL}${withHot ? `,\n      "hotScore" = ${HOT_SQL}` : ""}
    FROM (SELECT "artworkId", COUNT(*) AS count, SUM("value") AS sum FROM "Rating" GROUP BY "artworkId") AS totals
    WHERE "Artwork"."id" = totals."artworkId"`);
}

/** The fallback for a SQLite without log10/sign: hotScore() itself, written back 2,000 artworks per statement. */
async function setHotInBatches(): Promise<void> {
  const batch = 2_000;
  let cursor: string | undefined;
  for (;;) {
    const rows = await db.artwork.findMany({
      where: { ratingCount: { gt: 0 }, ...(cursor ? { id: { gt: cursor } } : {}) },
      orderBy: { id: "asc" },
      take: batch,
      select: { id: true, ratingCount: true, ratingSum: true, createdAt: true },
    });
    if (rows.length === 0) return;
    const values = rows.flatMap((row) => [row.id, hotScore({ count: row.ratingCount, sum: row.ratingSum }, row.createdAt)]);
    await db.$executeRawUnsafe(
      `UPDATE "Artwork" SET "hotScore" = v.column2 FROM (VALUES ${rows.map(() => "(?, ?)").join(", ")}) AS v WHERE "Artwork"."id" = v.column1`,
      ...values,
    );
    cursor = rows[rows.length - 1].id;
  }
}

const SCORE_TOLERANCE = 1e-9;
const VERIFY_CHUNK = 250;

async function verifyChunk(ids: string[], sample: Map<string, SeededArtwork>): Promise<number> {
  const [stored, groups] = await Promise.all([
    db.artwork.findMany({
      where: { id: { in: ids } },
      select: { id: true, ratingCount: true, ratingSum: true, topScore: true, hotScore: true, createdAt: true },
    }),
    db.rating.groupBy({ by: ["artworkId"], where: { artworkId: { in: ids } }, _count: { _all: true }, _sum: { value: true } }),
  ]);
  const fresh = new Map(groups.map((group) => [group.artworkId, { count: group._count._all, sum: group._sum.value ?? 0 }]));
  for (const row of stored) {
    const totals = { count: row.ratingCount, sum: row.ratingSum };
    const counted = fresh.get(row.id) ?? { count: 0, sum: 0 };
    const seeded = sample.get(row.id)?.ratings;
    const problems = [
      totals.count !== seeded && `ratingCount ${totals.count}, seeded ${seeded}`,
      (totals.count !== counted.count || totals.sum !== counted.sum) &&
        `totals ${totals.count}/${totals.sum}, Rating rows ${counted.count}/${counted.sum}`,
      Math.abs(row.topScore - topScore(totals)) > SCORE_TOLERANCE && `topScore ${row.topScore}, topScore() ${topScore(totals)}`,
      Math.abs(row.hotScore - hotScore(totals, row.createdAt)) > SCORE_TOLERANCE &&
        `hotScore ${row.hotScore}, hotScore() ${hotScore(totals, row.createdAt)}`,
    ].filter(Boolean);
    if (problems.length > 0) throw new Error(`seeded artwork ${row.id} is inconsistent: ${problems.join("; ")}`);
  }
  return stored.length;
}

/**
 * Reads a sample back through Prisma and checks it against the seed's own
 * counts, a fresh count of the Rating rows and the JS score functions.
 */
async function verifySample(artworks: SeededArtwork[], random: () => number, size: number): Promise<number> {
  const most = artworks.reduce((best, artwork) => (artwork.ratings > best.ratings ? artwork : best));
  const sample = new Map([[most.id, most]]);
  // Nine in ten rated (their scores come from the UPDATE), one in ten unrated (scores from the insert).
  let unrated = 0;
  while (sample.size < size) {
    const artwork = artworks[Math.floor(random() * artworks.length)];
    if (sample.has(artwork.id) || (artwork.ratings === 0 && unrated >= size / 10)) continue;
    sample.set(artwork.id, artwork);
    if (artwork.ratings === 0) unrated += 1;
  }
  let checked = 0;
  // Prisma does not split a groupBy's IN list, and SQLite binds at most 999 values a statement here.
  const ids = [...sample.keys()];
  for (let start = 0; start < ids.length; start += VERIFY_CHUNK)
    checked += await verifyChunk(ids.slice(start, start + VERIFY_CHUNK), sample);
  if (checked !== sample.size) throw new Error(`only ${checked} of ${sample.size} sampled artworks were found`);
  return checked;
}

// ---------------------------------------------------------------- the whole seed

export async function timed<T>(ms: Record<string, number>, key: string, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await work();
  ms[key] = elapsed(started);
  return result;
}

export async function seedRatedCommunity(plan: RatingsSeedPlan, passwordHash: string, options: SeedOptions = {}): Promise<RatingsSeed> {
  const random = randomSource(20_261_201);
  const nowMs = Date.now();
  const ms = { members: 0, artworks: 0, ratings: 0, aggregates: 0, analyze: 0 };
  const { members, artworks, verified, inSql } = await withSeedCache(SEED_CACHE_KIB, () =>
    seedAll(plan, passwordHash, nowMs, random, ms, options),
  );
  const perArtist = new Array<number>(plan.artists).fill(0);
  for (const artwork of artworks) perArtist[artwork.author] += 1;
  const busiest = perArtist.indexOf(Math.max(...perArtist));
  return {
    now: new Date(nowMs),
    members,
    artworks,
    busiestArtist: { ...members[busiest], artworks: perArtist[busiest] },
    hotComputedIn: inSql ? "SQL" : "JS",
    verified,
    settled: SETTLE_LABEL,
    ms,
  };
}

async function seedAll(
  plan: RatingsSeedPlan,
  passwordHash: string,
  nowMs: number,
  random: () => number,
  ms: RatingsSeed["ms"],
  { text, settle: refresh = true }: SeedOptions,
) {
  await checkTimestampFormat();
  const members = await timed(ms, "members", () => seedMembers(plan.members, passwordHash, nowMs));
  const artworks = await timed(ms, "artworks", () => seedArtworks(plan, members, nowMs, random, text));
  const counts = ratingCounts(
    popularity(artworks, plan, nowMs, random),
    plan.ratings,
    Math.min(plan.maxRatingsPerArtwork, plan.members - 1),
    random,
  );
  artworks.forEach((artwork, index) => (artwork.ratings = counts[index]));
  await timed(ms, "ratings", () => seedRatings(artworks, members, nowMs, random));

  const inSql = await canScoreInSql();
  await timed(ms, "aggregates", async () => {
    await setTotals(inSql);
    if (!inSql) await setHotInBatches();
  });
  const verified = await verifySample(artworks, random, 1_000);

  // There from the first measured query, as on a server that has run a while.
  if (refresh) await timed(ms, "analyze", settle);
  return { members, artworks, verified, inSql };
}
