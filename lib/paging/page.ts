/**
 * One page of a list, as every list in the app returns it: the rows, which
 * page they are, how many pages there are (at least one, so an empty list
 * still has its first page) and how many rows in all.
 */
export type Page<T> = {
  items: T[];
  page: number;
  pageCount: number;
  total: number;
  /** The count stopped short of the end (loadPageCountingAhead): pageCount and total are lower bounds. */
  pagesBeyond?: boolean;
};

/** Which rows a page holds, for skip/take or LIMIT/OFFSET. */
export type PageWindow = { skip: number; take: number };

export function pageCountOf(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/**
 * Loads one page of a list. A page past the end (rows deleted meanwhile, a
 * hand-edited address) is clamped to the last page: it shows the last rows
 * and says which page they are, never an empty page or a redirect. That is
 * why the rows are counted first; the SQLite driver runs one statement at a
 * time anyway.
 */
export async function loadPage<T>(
  requestedPage: number,
  pageSize: number,
  count: () => Promise<number>,
  rows: (window: PageWindow) => Promise<T[]>,
): Promise<Page<T>> {
  const total = await count();
  const pageCount = pageCountOf(total, pageSize);
  const page = Math.min(requestedPage, pageCount);
  const items = total === 0 ? [] : await rows({ skip: (page - 1) * pageSize, take: pageSize });
  return { items, page, pageCount, total };
}

/** The same page with its rows turned into what the list shows. */
export function mapPage<T, U>(page: Page<T>, items: U[]): Page<U> {
  return { ...page, items };
}

/**
 * How far past the page shown a long list is counted (loadPageCountingAhead):
 * far enough for the page links, not the whole list.
 */
export const PAGES_COUNTED_AHEAD = 10;

/**
 * Like loadPage, for a list too long to count on every request (a popular
 * tag's): it counts no further than `pagesAhead` pages past the one asked
 * for, so a page costs what it shows and not what the whole list holds.
 * `countUpTo(limit)` counts at most `limit` rows. A list that reaches the
 * limit has pages beyond those counted, and says so.
 */
export async function loadPageCountingAhead<T>(
  requestedPage: number,
  pageSize: number,
  pagesAhead: number,
  countUpTo: (limit: number) => Promise<number>,
  rows: (window: PageWindow) => Promise<T[]>,
): Promise<Page<T>> {
  const limit = (requestedPage + pagesAhead) * pageSize + 1;
  let counted = 0;
  const page = await loadPage(requestedPage, pageSize, async () => (counted = await countUpTo(limit)), rows);
  return counted >= limit ? { ...page, pagesBeyond: true } : page;
}
