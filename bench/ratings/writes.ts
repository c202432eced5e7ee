/**
 * Rating writes through the real rateArtwork: one at a time (new and changed
 * ratings, on popular and unpopular work), then a burst of concurrent writes
 * to one artwork, checking afterwards that every total is still exact.
 * Imports lib/db: load with `await import()` after the workspace is set up.
 */
import { db } from "@/lib/db";
import { rateArtwork } from "@/lib/ratings/ratings";
import { hotScore, topScore, type RatingTotals } from "@/lib/ratings/score";
import { distribution, type Distribution } from "../support/stats";
import type { Member, SeededArtwork } from "./seed-ratings";
import { capture, prismaTable } from "./statements";

export type WriteKind = { rating: "new" | "changed"; artwork: "popular" | "unpopular" };
type Write = { artworkId: string; userId: string; value: number; previous: number | null; countBefore: number };

export type WriteFigures = {
  all: Distribution;
  byKind: { kind: WriteKind; ms: Distribution }[];
  /** Driver time of each statement of the transaction; "BEGIN, Prisma, JS" and the realtime call that tells the artist's bell are the rest of each call. */
  byStatement: { statement: string; ms: Distribution }[];
  /** Statements each write sends before its COMMIT (the median, as a new and a changed rating could differ). */
  statementsPerWrite: number;
  /** Artworks whose totals and scores were checked against their Rating rows afterwards. */
  checked: number;
};

export type BurstFigures = {
  writes: number;
  added: number;
  changed: number;
  wallMs: number;
  latency: Distribution;
  failures: string[];
  expected: RatingTotals;
  stored: RatingTotals;
  counted: RatingTotals;
  scoresMatch: boolean;
  exact: boolean;
};

const SCORE_TOLERANCE = 1e-9;

/** Every rating of an artwork, by member: what the write plan needs to pick a new rater or an existing rating. */
async function ratingsOf(artworkId: string): Promise<Map<string, number>> {
  const rows = await db.rating.findMany({ where: { artworkId }, select: { userId: true, value: true } });
  return new Map(rows.map((row) => [row.userId, row.value]));
}

/** A different number of stars than before, so a "changed" rating really changes the sum. */
function otherStars(previous: number, random: () => number): number {
  return ((previous - 1 + 1 + Math.floor(random() * 4)) % 5) + 1;
}

function pick<T>(list: readonly T[], random: () => number): T {
  return list[Math.floor(random() * list.length)];
}

/** The first `count` of a Fisher–Yates shuffle: `count` distinct elements, uniformly. */
function sample<T>(list: readonly T[], count: number, random: () => number): T[] {
  const copy = [...list];
  for (let index = 0; index < Math.min(count, copy.length); index++) {
    const swap = index + Math.floor(random() * (copy.length - index));
    [copy[index], copy[swap]] = [copy[swap], copy[index]];
  }
  return copy.slice(0, count);
}

/** A member who has not rated this artwork and did not make it. */
function newRater(
  artwork: SeededArtwork,
  members: Member[],
  existing: Map<string, number>,
  taken: Set<string>,
  random: () => number,
): string {
  for (;;) {
    const index = Math.floor(random() * members.length);
    const id = members[index].id;
    if (index !== artwork.author && !existing.has(id) && !taken.has(id)) return id;
  }
}

async function planWrite(kind: WriteKind, artwork: SeededArtwork, members: Member[], random: () => number): Promise<Write> {
  const existing = await ratingsOf(artwork.id);
  if (kind.rating === "changed" && existing.size > 0) {
    const [userId, previous] = pick([...existing], random);
    return { artworkId: artwork.id, userId, value: otherStars(previous, random), previous, countBefore: existing.size };
  }
  const userId = newRater(artwork, members, existing, new Set(), random);
  return { artworkId: artwork.id, userId, value: 1 + Math.floor(random() * 5), previous: null, countBefore: existing.size };
}

/** Names each statement rateArtwork sends (BEGIN runs inside the driver's startTransaction); the unread count follows the commit. */
const STATEMENT_NAMES = [
  [`^\\s*SELECT [\\s\\S]* FROM "User" u JOIN "Artwork" a`, "SELECT artwork, locking it"],
  [`^SELECT .* FROM ${prismaTable("Rating")}`, "SELECT previous rating"],
  [`^INSERT INTO ${prismaTable("Rating")}`, "INSERT rating (a new one)"],
  [`^UPDATE ${prismaTable("Rating")}`, "UPDATE rating (a changed one)"],
  [`^UPDATE ${prismaTable("Artwork")} SET [\`"]ratingCount`, "UPDATE totals and scores"],
  ["^COMMIT", "COMMIT"],
  // What tells the artist (lib/notifications), in the transaction and, for the bell, after it.
  [`^\\s*INSERT INTO "Notification"`, "INSERT notification"],
  [`^\\s*SELECT COUNT\\(\\*\\) AS "count" FROM \\(\\s*SELECT DISTINCT "groupKey"`, "SELECT unread count (after COMMIT)"],
].map(([pattern, name]) => ({ pattern: new RegExp(pattern), name }));

function statementName(sql: string): string {
  return STATEMENT_NAMES.find(({ pattern }) => pattern.test(sql))?.name ?? sql.slice(0, 40);
}

async function timedWrite(write: Write): Promise<{ ms: number; statements: { name: string; ms: number }[] }> {
  const started = performance.now();
  const { result, statements } = await capture(() => rateArtwork(write.artworkId, write.userId, write.value));
  const ms = performance.now() - started;
  const expected = write.countBefore + (write.previous === null ? 1 : 0);
  if (!result.ok) throw new Error(`rateArtwork refused a valid rating: ${result.message}`);
  if (result.value.count !== expected) throw new Error(`rateArtwork reported ${result.value.count} ratings, expected ${expected}`);
  return { ms, statements: statements.map((statement) => ({ name: statementName(statement.sql), ms: statement.ms })) };
}

/** Stored totals against a fresh count of the Rating rows, and stored scores against the JS formulas. */
async function checkTotals(
  artworkIds: string[],
): Promise<{ stored: Map<string, RatingTotals>; counted: Map<string, RatingTotals>; problems: string[]; scoreProblems: string[] }> {
  const rows = await db.artwork.findMany({
    where: { id: { in: artworkIds } },
    select: { id: true, ratingCount: true, ratingSum: true, topScore: true, hotScore: true, createdAt: true },
  });
  const groups = [];
  // Prisma does not split a groupBy's IN list, and SQLite binds at most 999 values a statement here.
  for (let start = 0; start < artworkIds.length; start += 250) {
    const ids = artworkIds.slice(start, start + 250);
    groups.push(
      ...(await db.rating.groupBy({ by: ["artworkId"], where: { artworkId: { in: ids } }, _count: { _all: true }, _sum: { value: true } })),
    );
  }
  const counted = new Map(groups.map((group) => [group.artworkId, { count: group._count._all, sum: group._sum.value ?? 0 }]));
  const stored = new Map(rows.map((row) => [row.id, { count: row.ratingCount, sum: row.ratingSum }]));
  const problems: string[] = [];
  const scoreProblems: string[] = [];
  for (const row of rows) {
    const totals = { count: row.ratingCount, sum: row.ratingSum };
    const fresh = counted.get(row.id) ?? { count: 0, sum: 0 };
    if (totals.count !== fresh.count || totals.sum !== fresh.sum)
      problems.push(`${row.id}: stored ${totals.count}/${totals.sum}, Rating rows ${fresh.count}/${fresh.sum}`);
    if (Math.abs(row.topScore - topScore(totals)) > SCORE_TOLERANCE)
      scoreProblems.push(`${row.id}: topScore ${row.topScore} ≠ ${topScore(totals)}`);
    if (Math.abs(row.hotScore - hotScore(totals, row.createdAt)) > SCORE_TOLERANCE)
      scoreProblems.push(`${row.id}: hotScore ${row.hotScore} ≠ ${hotScore(totals, row.createdAt)}`);
  }
  return { stored, counted, problems: [...problems, ...scoreProblems], scoreProblems };
}

export type WritePools = { popular: SeededArtwork[]; unpopular: SeededArtwork[]; unpopularRated: SeededArtwork[] };

/** The 100 most rated artworks, and artworks with at most three ratings (at least one, for changes). */
export function writePools(artworks: SeededArtwork[]): WritePools {
  return {
    popular: artworks.toSorted((a, b) => b.ratings - a.ratings).slice(0, 100),
    unpopular: artworks.filter((artwork) => artwork.ratings <= 3),
    unpopularRated: artworks.filter((artwork) => artwork.ratings >= 1 && artwork.ratings <= 3),
  };
}

const KINDS: WriteKind[] = [
  { rating: "new", artwork: "popular" },
  { rating: "changed", artwork: "popular" },
  { rating: "new", artwork: "unpopular" },
  { rating: "changed", artwork: "unpopular" },
];

export const kindLabel = (kind: WriteKind) => `${kind.rating} rating, ${kind.artwork} artwork`;

/**
 * `writes` ratings, the four kinds interleaved, each set up (untimed) with a
 * member who may rate it: never the author, never a second rating.
 */
export async function measureWrites(
  pools: WritePools,
  members: Member[],
  random: () => number,
  plan: { warmUps: number; writes: number },
): Promise<WriteFigures> {
  const artworkFor = (kind: WriteKind) =>
    pick(kind.artwork === "popular" ? pools.popular : kind.rating === "changed" ? pools.unpopularRated : pools.unpopular, random);
  for (let run = 0; run < plan.warmUps; run++) {
    const kind = KINDS[run % KINDS.length];
    await timedWrite(await planWrite(kind, artworkFor(kind), members, random));
  }
  const samples: { kind: WriteKind; ms: number; statements: { name: string; ms: number }[] }[] = [];
  const touched = new Set<string>();
  for (let run = 0; run < plan.writes; run++) {
    const kind = KINDS[Math.floor(random() * KINDS.length)];
    const write = await planWrite(kind, artworkFor(kind), members, random);
    touched.add(write.artworkId);
    samples.push({ kind, ...(await timedWrite(write)) });
  }
  const { problems } = await checkTotals([...touched]);
  if (problems.length > 0) throw new Error(`totals drifted after the writes:\n  ${problems.slice(0, 10).join("\n  ")}`);

  const names = [...new Set(samples.flatMap((sample) => sample.statements.map((statement) => statement.name)))];
  const driverTime = (sample: (typeof samples)[number], name: string) =>
    sample.statements.filter((statement) => statement.name === name).reduce((sum, statement) => sum + statement.ms, 0);
  return {
    all: distribution(samples.map((sample) => sample.ms)),
    byKind: KINDS.map((kind) => ({
      kind,
      ms: distribution(samples.filter((sample) => kindLabel(sample.kind) === kindLabel(kind)).map((sample) => sample.ms)),
    })),
    byStatement: [
      ...names.map((name) => ({ statement: name, ms: distribution(samples.map((sample) => driverTime(sample, name))) })),
      {
        statement: "BEGIN, Prisma, JS and the bell's HTTP call (the rest)",
        ms: distribution(samples.map((sample) => sample.ms - sample.statements.reduce((sum, statement) => sum + statement.ms, 0))),
      },
    ],
    statementsPerWrite: distribution(samples.map((sample) => sample.statements.filter((statement) => statement.name !== "COMMIT").length))
      .p50,
    checked: touched.size,
  };
}

/**
 * `writes` members rate one artwork at the same moment, `changes` of them
 * changing an existing rating: the totals must come out exactly as the sum
 * of the deltas, and match the Rating rows.
 */
export async function concurrentBurst(
  artwork: SeededArtwork,
  members: Member[],
  random: () => number,
  plan: { writes: number; changes: number },
): Promise<BurstFigures> {
  const existing = await ratingsOf(artwork.id);
  const changers = sample([...existing], plan.changes, random);
  const taken = new Set<string>();
  const writes: Write[] = changers.map(([userId, previous]) => ({
    artworkId: artwork.id,
    userId,
    value: otherStars(previous, random),
    previous,
    countBefore: existing.size,
  }));
  while (writes.length < plan.writes) {
    const userId = newRater(artwork, members, existing, taken, random);
    taken.add(userId);
    writes.push({ artworkId: artwork.id, userId, value: 1 + Math.floor(random() * 5), previous: null, countBefore: existing.size });
  }
  const before = await db.artwork.findUniqueOrThrow({ where: { id: artwork.id }, select: { ratingCount: true, ratingSum: true } });
  const added = writes.filter((write) => write.previous === null).length;
  const expected = {
    count: before.ratingCount + added,
    sum: before.ratingSum + writes.reduce((sum, write) => sum + write.value - (write.previous ?? 0), 0),
  };

  const started = performance.now();
  const outcomes = await Promise.allSettled(
    writes.map(async (write) => {
      const result = await rateArtwork(write.artworkId, write.userId, write.value);
      if (!result.ok) throw new Error(`refused: ${result.message}`);
      return performance.now() - started;
    }),
  );
  const wallMs = performance.now() - started;

  const failures = outcomes.flatMap((outcome) =>
    outcome.status === "rejected" ? [String(outcome.reason instanceof Error ? outcome.reason.message : outcome.reason)] : [],
  );
  const latencies = outcomes.flatMap((outcome) => (outcome.status === "fulfilled" ? [outcome.value] : []));
  const { stored, counted, scoreProblems } = await checkTotals([artwork.id]);
  const storedTotals = stored.get(artwork.id) ?? { count: Number.NaN, sum: Number.NaN };
  const countedTotals = counted.get(artwork.id) ?? { count: 0, sum: 0 };
  const same = (a: RatingTotals, b: RatingTotals) => a.count === b.count && a.sum === b.sum;
  const scoresMatch = scoreProblems.length === 0;
  return {
    writes: writes.length,
    added,
    changed: writes.length - added,
    wallMs,
    latency: distribution(latencies),
    failures,
    expected,
    stored: storedTotals,
    counted: countedTotals,
    scoresMatch,
    exact: failures.length === 0 && same(storedTotals, expected) && same(countedTotals, expected) && scoresMatch,
  };
}
