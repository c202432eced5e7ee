/**
 * The pages the discovery benchmark loads, each as its route loads it,
 * through the features' own functions, as the measured member: search
 * (lib/search), a tag's page (lib/tags) and the following feed
 * (lib/follows), with the cards of each page (artworkCards) as the routes
 * render them. Imports lib/db: load with `await import()` after the
 * workspace is set up.
 */
import { artworkCards } from "@/lib/art/cards";
import type { Period, Sort } from "@/lib/art/gallery-order";
import { feedPage } from "@/lib/follows/feed";
import { searchArtists } from "@/lib/search/artists";
import { searchArtworks } from "@/lib/search/artworks";
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

/** The feed from `cursor` (the newest page without one), with its cards, as app/(site)/following/page.tsx loads it. */
function feedCase(label: string, cursor: FeedCursor | undefined, seed: DiscoverySeed): ListCase {
  return {
    kind: "feed",
    label,
    load: async () => (await artworkCards((await feedPage(seed.measured.id, cursor)).ids)).length,
  };
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
    feedCase("newest page", undefined, seed),
    feedCase("page 2, by the first page's cursor", await feedCursorAfter(seed.measured.id, 1), seed),
    feedCase(`page ${deepPage}, by cursor`, await feedCursorAfter(seed.measured.id, deepPage - 1), seed),
  ];
}
