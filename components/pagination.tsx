import Link from "next/link";

import { pageHref } from "@/lib/paging/links";
import type { Page } from "@/lib/paging/page";

type PaginationProps = { list: Pick<Page<unknown>, "page" | "pageCount" | "pagesBeyond">; basePath: string; query?: URLSearchParams };

/**
 * Previous / next with the page in the URL (beside the chosen order), so
 * every page can be linked and reloaded. A list counted only a few pages
 * ahead names the page alone: its page count would be a guess.
 */
export function Pagination({ list: { page, pageCount, pagesBeyond }, basePath, query = new URLSearchParams() }: PaginationProps) {
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
      <span aria-current="page">{pagesBeyond ? `Page ${page}` : `Page ${page} of ${pageCount}`}</span>
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
