/**
 * The pages the discovery benchmark loads, each as its route loads it,
 * through the features' own functions, as the measured member: search
 * (lib/search), a tag's page (lib/tags) and the following feed
 * (lib/follows), with the cards of each page (artworkCards) as the routes
 * render them. Imports lib/db: load with `await import()` after the
 * workspace is set up.
 */
import { artworkCards } from "@/lib/art/cards";
import { db } from "@/lib/db";
import type { Period, Sort } from "@/lib/art/gallery-order";
import { FEED_WALK_ROWS, feedPage } from "@/lib/follows/feed";
import { searchArtists } from "@/lib/search/artists";
import { SEARCH_RANKED_MATCHES, searchArtworks } from "@/lib/search/artworks";
import { listTagArtworks } from "@/lib/tags/tag-page";
import type { FeedCursor } from "@/lib/follows/schemas";
import type { ListCase } from "./measure";
import type { DiscoverySeed, SeededTag } from "./seed";

/** What is typed into the search box: one of each kind the issue names. */
export const SEARCHES = [
  { label: "a common word", query: "light" },
  { label: "a rare word", query: "axolotl" },
  { label: "a prefix (water…)", query: "water" },
  { label: "a phrase", query: '"light portrait"' },
  { label: "two words, one excluded", query: "forest -night" },
  { label: "an accented word", query: "façade" },
  { label: "the same without its accent", query: "facade" },
] as const;

/** The /search page: the artwork (count, ids, cards), then the row of artists for the same terms, as app/(site)/search/page.tsx loads them. */
function searchCase(label: string, query: string, seed: DiscoverySeed): ListCase {
  const viewerId = seed.measured.id;
  return {
    kind: "search",
    label: `${label}: ${query}`,
    sortsBy: `search ranks the newest ${SEARCH_RANKED_MATCHES.toLocaleString("en")} matches by relevance, and the artists by followers`,
    load: async () => {
      const artworks = await searchArtworks({ query, viewerId, page: 1, now: seed.now });
      if (!artworks.ok) throw new Error(`the search for ${query} was refused: ${artworks.message}`);
      await searchArtists({ terms: artworks.value.terms, viewerId, now: seed.now });
      return artworks.value.items.length;
    },
  };
}

type TagOrder = { sort: Sort; period: Period; page: number };

function tagCase(tag: SeededTag, which: string, { sort, period, page }: TagOrder, seed: DiscoverySeed): ListCase {
  return {
    kind: "tag",
    label: `${which} #${tag.name} (${tag.uses.toLocaleString("en")}) ${sort}${period === "all" ? "" : `/${period}`} p${page}`,
    load: async () =>
      (await listTagArtworks({ tagId: tag.id, page, order: { sort, period }, viewerId: seed.measured.id, now: seed.now })).items.length,
  };
}

/** The feed of `viewerId` from `cursor` (the newest page without one), with its cards, as app/(site)/following/page.tsx loads it. */
function feedCase(label: string, viewerId: string, cursor: FeedCursor | undefined, sortsBy?: string): ListCase {
  return {
    kind: "feed",
    label,
    load: async () => (await artworkCards((await feedPage(viewerId, cursor)).ids)).length,
    sortsBy,
  };
}

/** Artists followed by the quiet follower: more than the feed reads one by one (FEW_FOLLOWED), fewer than most members follow. */
const QUIET_FOLLOWS = 30;

/**
 * A member who follows only the QUIET_FOLLOWS artists whose newest work is
 * the oldest: their feed is far down the newest-first index. Made on this
 * run's copy of the seed from a member who posts nothing (their own follows
 * are replaced), so the seed and its cache stay as they are.
 */
async function quietFollower(seed: DiscoverySeed): Promise<string> {
  const quiet = await db.$queryRaw<{ authorId: string }[]>`
    SELECT "authorId" FROM "Artwork" WHERE "hiddenAt" IS NULL GROUP BY "authorId" ORDER BY MAX("createdAt"), "authorId" LIMIT ${QUIET_FOLLOWS}`;
  const [follower] = await db.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "User" u WHERE "id" <> ${seed.measured.id} AND NOT EXISTS (SELECT 1 FROM "Artwork" a WHERE a."authorId" = u."id")
    ORDER BY "id" LIMIT 1`;
  await db.$transaction([
    db.follow.deleteMany({ where: { followerId: follower.id } }),
    db.follow.createMany({ data: quiet.map(({ authorId }) => ({ followerId: follower.id, followeeId: authorId })) }),
  ]);
  return follower.id;
}

/** The cursor `pages` pages into the feed, following each page's own cursor. */
async function feedCursorAfter(viewerId: string, pages: number): Promise<FeedCursor> {
  let cursor: FeedCursor | undefined;
  for (let page = 0; page < pages; page++) {
    const next = (await feedPage(viewerId, cursor)).next;
    if (!next) throw new Error(`the feed ends before page ${page + 2}`);
    cursor = next;
  }
  if (!cursor) throw new Error("no feed cursor");
  return cursor;
}

export async function discoveryCases(seed: DiscoverySeed, deepPage: number): Promise<ListCase[]> {
  const popular = seed.tags[0];
  const middling = seed.tags[Math.min(100, seed.tags.length - 1)];
  const popularOrders: TagOrder[] = [
    { sort: "new", period: "all", page: 1 },
    { sort: "new", period: "all", page: deepPage },
    { sort: "top", period: "month", page: 1 },
    { sort: "top", period: "all", page: deepPage },
    { sort: "faves", period: "week", page: 1 },
    { sort: "faves", period: "all", page: deepPage },
  ];
  const middlingOrders: TagOrder[] = [
    { sort: "new", period: "all", page: 1 },
    { sort: "top", period: "all", page: 1 },
    { sort: "faves", period: "month", page: 1 },
    { sort: "new", period: "all", page: 3 },
  ];
  return [
    ...SEARCHES.map(({ label, query }) => searchCase(label, query, seed)),
    ...popularOrders.map((order) => tagCase(popular, "popular", order, seed)),
    ...middlingOrders.map((order) => tagCase(middling, "middling", order, seed)),
    feedCase("newest page", seed.measured.id, undefined),
    feedCase("page 2, by the first page's cursor", seed.measured.id, await feedCursorAfter(seed.measured.id, 1)),
    feedCase(`page ${deepPage}, by cursor`, seed.measured.id, await feedCursorAfter(seed.measured.id, deepPage - 1)),
    feedCase(
      `newest page, following ${QUIET_FOLLOWS} quiet artists`,
      await quietFollower(seed),
      undefined,
      `the feed sorts all of its followed artists' work when the newest ${FEED_WALK_ROWS.toLocaleString("en")} artworks hold too little of it`,
    ),
  ];
}
