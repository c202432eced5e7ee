/** A list's filters as they go in its links: strings, absent when unset. */
export type LinkValues = Record<string, string | undefined>;

/**
 * The query string every list link keeps (search, filters, order), so paging
 * and reloading show the same list. Values equal to their default, and empty
 * ones, are left out: the plain list keeps its plain address.
 */
export function listParams(values: Record<string, unknown>, defaults: LinkValues = {}): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(values)) {
    // Only text: the page number is not a filter, pageHref sets it.
    if (typeof value === "string" && value !== "" && value !== defaults[name]) params.set(name, value);
  }
  return params;
}

/** A page's address: the list's query kept, and page 1 is the address without a page. */
export function pageHref(basePath: string, params: URLSearchParams, page = 1): string {
  const query = new URLSearchParams(params);
  if (page > 1) query.set("page", String(page));
  const search = query.toString();
  return search ? `${basePath}?${search}` : basePath;
}
