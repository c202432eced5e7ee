/**
 * One page of a list, as every list in the app returns it: the rows, which
 * page they are, how many pages there are (at least one, so an empty list
 * still has its first page) and how many rows in all.
 */
export type Page<T> = { items: T[]; page: number; pageCount: number; total: number };

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
