/**
 * Fills the bench database for discovery: the ratings benchmark's rated
 * community (members, artworks over two years with their ratings, totals and
 * scores) with titles and descriptions from the word list, then, in raw SQL
 * batches, banned members and hidden artwork, favourites, tags on every
 * artwork, follows (one member following exactly `measuredFollows` artists),
 * and the measured member's mutes and blocks. The triggers stand aside while
 * it loads (bulk.ts: withoutTriggers); the counters they keep are then set
 * from their rows, in an order that leaves each artwork's columns final
 * before its ArtworkTag rows copy them, and every counter and copy is
 * checked against its rows before the run goes on.
 * Imports lib/db: load with `await import()` after the workspace is set up.
 */
import path from "node:path";
import { insertJson, settle, SETTLE_LABEL, withSeedCache, type JsonRow } from "../ratings/dialect";
import { DAY_MS, seedRatedCommunity, timed, timestamp, type Member, type SeededArtwork } from "../ratings/seed-ratings";
import { randomSource } from "../support/seeding";
import {
  advanceTagIds,
  banMembers,
  checkConsistency,
  hideArtworks,
  insertArtworkTags,
  rebuildSearchIndex,
  recount,
  searchChecks,
  withoutTriggers,
} from "./bulk";
import { tagNames, textWriter, zipfPicker } from "./words";

export type DiscoverySeedPlan = {
  members: number;
  /** The first `artists` members post work, the most prolific first. */
  artists: number;
  artworks: number;
  ratings: number;
  ageDays: number;
  tags: number;
  follows: number;
  /** How many artists the measured member follows (of `follows`). */
  measuredFollows: number;
  favourites: number;
  hiddenShare: number;
  bannedShare: number;
};

export type SeededTag = { id: number; name: string; uses: number };

export type DiscoverySeed = {
  now: Date;
  /** The member the lists are read as: follows `measuredFollows` artists, mutes some tags, blocks and is blocked. */
  measured: Member & { mutedTags: string[]; blocked: string[]; blockedBy: string[] };
  /** Tags by use, most used first. */
  tags: SeededTag[];
  rows: Record<string, number>;
  /** A page's worth of artwork ids, for the plans of the cards' statements. */
  sampleIds: string[];
  checks: string[];
  settled: string;
  ms: Record<string, number>;
};

/** SQLite's page cache while seeding, as the ratings seed's: the indexes of ArtworkTag and Follow fit in it. */
const SEED_CACHE_KIB = 256 * 1024;

const REPO_ROOT = path.resolve(import.meta.dirname, "..", "..");

/** Rows per INSERT statement: one bound JSON value each, one commit each. */
const BATCH = 20_000;

async function inBatches<T>(rows: T[], insert: (batch: T[]) => Promise<unknown>): Promise<void> {
  for (let start = 0; start < rows.length; start += BATCH) await insert(rows.slice(start, start + BATCH));
}

/** Distinct values drawn until `count` are found (or `attempts` run out, for a pool smaller than asked). */
function distinct(count: number, draw: () => number, accept: (value: number) => boolean = () => true): number[] {
  const chosen = new Set<number>();
  for (let attempts = count * 50; chosen.size < count && attempts > 0; attempts--) {
    const value = draw();
    if (accept(value)) chosen.add(value);
  }
  return [...chosen];
}

const between = (from: Date, to: number, random: () => number) => new Date(from.getTime() + random() * (to - from.getTime()));

// ---------------------------------------------------------------- favourites

/** Favourites drawn Zipf-like over the artworks by rating count (popular work collects both), from any member. */
function favouriteRows(plan: DiscoverySeedPlan, artworks: SeededArtwork[], members: Member[], now: number, random: () => number) {
  const byPopularity = artworks.toSorted((a, b) => b.ratings - a.ratings);
  const pickArtwork = zipfPicker(byPopularity.length, random, 0.7);
  const seen = new Set<number>();
  const rows: JsonRow[] = [];
  for (let attempts = plan.favourites * 20; rows.length < plan.favourites && attempts > 0; attempts--) {
    const artwork = pickArtwork();
    const member = Math.floor(random() * members.length);
    const key = artwork * members.length + member;
    if (seen.has(key) || byPopularity[artwork].author === member) continue;
    seen.add(key);
    const at = timestamp(between(byPopularity[artwork].createdAt, now, random));
    rows.push({ userId: members[member].id, artworkId: byPopularity[artwork].id, createdAt: at });
  }
  return rows;
}

// ---------------------------------------------------------------- tags

async function seedTags(plan: DiscoverySeedPlan, artworks: SeededArtwork[], now: number, random: () => number): Promise<SeededTag[]> {
  const names = tagNames(plan.tags);
  const created = timestamp(new Date(now - plan.ageDays * DAY_MS));
  // Ids given here (1…n), so the artwork tags below can name them; the sequence is moved past them after.
  const tags = names.map((name, index) => ({ id: index + 1, name, createdAt: created }));
  await inBatches(tags, (batch) => insertJson("Tag", batch));
  await advanceTagIds();
  const pickTag = zipfPicker(names.length, random, 1);
  const uses = new Array<number>(names.length).fill(0);
  const rows: { artworkId: string; tagId: number; position: number }[] = [];
  for (const artwork of artworks) {
    // 1–10 tags, most artworks a few: 1 + ⌊10·u²⌋ averages about 4.
    const count = 1 + Math.floor(10 * random() ** 2);
    distinct(Math.min(count, 10), pickTag).forEach((tag, position) => {
      rows.push({ artworkId: artwork.id, tagId: tag + 1, position });
      uses[tag] += 1;
    });
  }
  await inBatches(rows, insertArtworkTags);
  return names.map((name, index) => ({ id: index + 1, name, uses: uses[index] })).toSorted((a, b) => b.uses - a.uses);
}

// ---------------------------------------------------------------- follows

/**
 * Follows skewed to the prolific artists (Zipf over the artists, exponent
 * 0.7, so the most followed has a few thousand followers, not more than
 * there are members), from every member; the measured member follows exactly
 * `measuredFollows` of them, drawn the same way.
 */
function followRows(plan: DiscoverySeedPlan, members: Member[], measured: number, now: number, random: () => number) {
  const pickArtist = zipfPicker(plan.artists, random, 0.7);
  const followed = distinct(plan.measuredFollows, pickArtist);
  const at = () => timestamp(new Date(now - random() * 365 * DAY_MS));
  const rows: JsonRow[] = followed.map((artist) => ({ followerId: members[measured].id, followeeId: members[artist].id, createdAt: at() }));
  const seen = new Set<number>(followed.map((artist) => measured * members.length + artist));
  for (let attempts = plan.follows * 20; rows.length < plan.follows && attempts > 0; attempts--) {
    const follower = Math.floor(random() * members.length);
    const artist = pickArtist();
    const key = follower * members.length + artist;
    if (follower === measured || follower === artist || seen.has(key)) continue;
    seen.add(key);
    rows.push({ followerId: members[follower].id, followeeId: members[artist].id, createdAt: at() });
  }
  return { rows, followed: new Set(followed) };
}

// ---------------------------------------------------------------- mutes and blocks

/** Every this-many members, one mutes two tags and blocks another member. */
const RULES_EVERY = 5;

/**
 * Other members' mutes and blocks, so the planner knows MutedTag and Block
 * as the tables a real site has rather than the measured member's few rows
 * (which it would read whole and sort). Every RULES_EVERY-th member mutes
 * two of the 1,000 most used tags; those who post nothing each block the
 * next such member (nobody follows them, so no follow outlives a block).
 * None involves the measured member.
 */
async function seedOthersRules(tags: SeededTag[], members: Member[], measured: number) {
  const others = members.map((_, index) => index).filter((index) => index !== measured && index % RULES_EVERY === 0);
  const at = timestamp(new Date());
  const half = Math.floor(Math.min(tags.length, 1_000) / 2);
  const mutes = others.flatMap((index) =>
    [index % half, half + (index % half)].map((place) => ({ userId: members[index].id, tagId: tags[place].id, createdAt: at })),
  );
  await inBatches(mutes, (batch) => insertJson("MutedTag", batch));
  // The measured member is the first who posts nothing: those after it post nothing either.
  const quiet = others.filter((index) => index > measured);
  const blocks = quiet.map((index, place) => ({
    blockerId: members[index].id,
    blockedId: members[quiet[(place + 1) % quiet.length]].id,
    createdAt: at,
  }));
  await inBatches(quiet.length > 1 ? blocks : [], (batch) => insertJson("Block", batch));
}

/**
 * Three muted tags of middling use (the measured tags are not among them,
 * see pickMeasuredTags), two artists the member blocked and one who blocked
 * them, none of whom they follow (blocking ends a follow).
 */
async function seedViewerRules(measured: Member, tags: SeededTag[], members: Member[], followed: Set<number>, artists: number) {
  const muted = [tags[Math.min(30, tags.length - 1)], tags[Math.min(150, tags.length - 1)], tags[Math.min(600, tags.length - 1)]];
  await insertJson(
    "MutedTag",
    muted.map((tag) => ({ userId: measured.id, tagId: tag.id, createdAt: timestamp(new Date()) })),
  );
  const notFollowed = Array.from({ length: artists }, (_, index) => index).filter((artist) => !followed.has(artist));
  const [blocked1, blocked2, blocker] = [notFollowed[0], notFollowed[Math.floor(notFollowed.length / 2)], notFollowed[1]];
  const at = timestamp(new Date());
  await insertJson("Block", [
    { blockerId: measured.id, blockedId: members[blocked1].id, createdAt: at },
    { blockerId: measured.id, blockedId: members[blocked2].id, createdAt: at },
    { blockerId: members[blocker].id, blockedId: measured.id, createdAt: at },
  ]);
  return {
    mutedTags: muted.map((tag) => tag.name),
    blocked: [members[blocked1].username, members[blocked2].username],
    blockedBy: [members[blocker].username],
  };
}

// ---------------------------------------------------------------- the whole seed

type Community = Awaited<ReturnType<typeof seedRatedCommunity>>;

export async function seedDiscovery(plan: DiscoverySeedPlan, passwordHash: string): Promise<DiscoverySeed> {
  const random = randomSource(20_261_204);
  const ms: Record<string, number> = {};
  // The first member past the artists: posts nothing, follows, mutes and blocks.
  const measured = plan.artists;
  const seeded = await withoutTriggers(async () => {
    const community = await timed(ms, "community", () =>
      seedRatedCommunity(
        {
          members: plan.members,
          artists: plan.artists,
          artworks: plan.artworks,
          ratings: plan.ratings,
          unratedShare: 0.3,
          maxRatingsPerArtwork: 1_200,
          ageDays: plan.ageDays,
        },
        passwordHash,
        { text: textWriter(randomSource(7)), settle: false },
      ),
    );
    return withSeedCache(SEED_CACHE_KIB, () => seedOnTop(plan, community, measured, random, ms));
  });
  const checks = await timed(ms, "checks", async () => checkConsistency(await searchChecks(REPO_ROOT)));
  await timed(ms, "analyze", settle);
  const { community, favourites, tags, follows, rules } = seeded;
  return {
    now: community.now,
    measured: { ...community.members[measured], ...rules },
    tags,
    rows: {
      members: community.members.length,
      artworks: community.artworks.length,
      ratings: plan.ratings,
      tags: tags.length,
      artworkTags: tags.reduce((sum, tag) => sum + tag.uses, 0),
      favourites: favourites.length,
      follows: follows.rows.length,
    },
    sampleIds: community.artworks.slice(0, 12).map((artwork) => artwork.id),
    checks,
    settled: SETTLE_LABEL,
    ms,
  };
}

/** Everything past the rated community, in the order that leaves each artwork's columns final before its tags copy them. */
async function seedOnTop(
  plan: DiscoverySeedPlan,
  community: Community,
  measured: number,
  random: () => number,
  ms: Record<string, number>,
) {
  const { members, artworks } = community;
  const now = community.now.getTime();
  await timed(ms, "moderation", async () => {
    const hidden = artworks.filter(() => random() < plan.hiddenShare).map((artwork) => artwork.id);
    await inBatches(hidden, (batch) => hideArtworks(batch, new Date(now - DAY_MS)));
    // Banned: a share of the members, artists among them; never the measured member.
    const banned = distinct(
      Math.round(plan.members * plan.bannedShare),
      () => Math.floor(random() * members.length),
      (index) => index !== measured,
    );
    await inBatches(
      banned.map((index) => members[index].id),
      (batch) => banMembers(batch, new Date(now - DAY_MS)),
    );
  });
  const favourites = favouriteRows(plan, artworks, members, now, random);
  await timed(ms, "favourites", () => inBatches(favourites, (batch) => insertJson("Favourite", batch)));
  // Counted before the tags copy each artwork's favouriteCount.
  await timed(ms, "favourite counts", () => recount("favourites"));
  const tags = await timed(ms, "tags", () => seedTags(plan, artworks, now, random));
  const follows = followRows(plan, members, measured, now, random);
  await timed(ms, "follows", () => inBatches(follows.rows, (batch) => insertJson("Follow", batch)));
  const rules = await seedViewerRules(members[measured], tags, members, follows.followed, plan.artists);
  await seedOthersRules(tags, members, measured);
  await timed(ms, "other counts", () => recount("tagUses", "followers", "following"));
  await timed(ms, "search index", () => rebuildSearchIndex(REPO_ROOT));
  return { community, favourites, tags, follows, rules };
}
