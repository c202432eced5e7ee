import { z } from "zod";
import { listParams, type LinkValues } from "@/lib/paging/links";
import { searchTerm } from "@/lib/validation/plain-text";

/** A list's address as Next.js hands it to a page. */
export type SearchParams = Record<string, string | string[] | undefined>;

/**
 * The longest search any list takes: longer than any title or name, short
 * enough to keep a hostile search cheap. Longer searches are cut to it (the
 * search box's maxLength says the same), never dropped: what was typed still
 * narrows the list.
 */
export const SEARCH_MAX = 100;

/** ?q= as one trimmed line of at most SEARCH_MAX characters; absent or odd, it is no search (""). */
export const searchQuery = z
  .string()
  .transform((text) => searchTerm(text).slice(0, SEARCH_MAX))
  .catch("");

/** ?page=N: anything that is not a sensible page number means the first page. */
export const pageQuery = z.coerce.number().int().min(1).max(1_000_000).catch(1);

/** One of a list's choices; anything else in the address means the default. */
export const choiceQuery = <const Values extends readonly [string, ...string[]]>(values: Values, fallback: Values[number]) =>
  z.enum(values).catch(fallback);

/** A repeated parameter (?q=a&q=b) counts by its first value, as a browser's form would send one. */
const firstValues = (params: unknown) =>
  Object.fromEntries(Object.entries(params as SearchParams).map(([name, value]) => [name, Array.isArray(value) ? value[0] : value]));

/**
 * The address of a list: its page, and its own filters (with searchQuery as
 * `q` where the list is searchable). Every filter falls back to its default on
 * anything odd, so a hand-edited address never shows an error page.
 * `params` gives back the query string its links keep (defaults left out).
 */
export function listQuery<Filters extends Record<string, z.ZodType<string | undefined>>>(filters: Filters) {
  const schema = z.preprocess(firstValues, z.object({ ...filters, page: pageQuery }));
  type Query = z.output<typeof schema>;
  const defaults = schema.parse({}) as LinkValues;
  return {
    parse: (params: SearchParams): Query => schema.parse(params),
    params: (query: Omit<Query, "page">): URLSearchParams => listParams(query, defaults),
  };
}

/** The address of a list that is only paged: no search, no filters. */
export const pagedListQuery = listQuery({});
