import Link from "next/link";

type PaginationProps = { page: number; pageCount: number; basePath: string; query?: URLSearchParams };

/** A page's address: the chosen order is kept, and page 1 is the plain address. */
export function pageHref(basePath: string, query: URLSearchParams, page: number): string {
  const params = new URLSearchParams(query);
  if (page > 1) params.set("page", String(page));
  const search = params.toString();
  return search ? `${basePath}?${search}` : basePath;
}

/** Previous / next with the page in the URL (beside the chosen order), so every page can be linked and reloaded. */
export function Pagination({ page, pageCount, basePath, query = new URLSearchParams() }: PaginationProps) {
  if (pageCount <= 1) return null;
  const href = (target: number) => pageHref(basePath, query, target);
  return (
    <nav className="pagination" aria-label="Pages">
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev">
          ← Previous
        </Link>
      ) : (
        <span aria-hidden="true" />
      )}
      <span aria-current="page">
        Page {page} of {pageCount}
      </span>
      {page < pageCount ? (
        <Link href={href(page + 1)} rel="next">
          Next →
        </Link>
      ) : (
        <span aria-hidden="true" />
      )}
    </nav>
  );
}
