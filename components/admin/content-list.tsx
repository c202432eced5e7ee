import type { ReactNode } from "react";
import { ContentSearch } from "@/components/admin/content-search";
import { Pagination } from "@/components/pagination";
import { contentListQuery, type ContentQuery } from "@/lib/moderation/content/schemas";
import type { Page } from "@/lib/paging/page";

type ContentListProps<Row> = {
  /** The list's own address, for the search and the page links. */
  basePath: string;
  label: string;
  /** Singular and plural: "comment", "comments". */
  noun: [string, string];
  query: ContentQuery;
  list: Page<Row>;
  /** What one item shows; the list gives it its <li>. */
  children: (row: Row) => ReactNode;
};

/** A moderators' searchable list of comments or messages: the search, the page's items (or why there are none), the page links. */
export function ContentList<Row extends { id: string | number }>({ basePath, label, noun, query, list, children }: ContentListProps<Row>) {
  return (
    <>
      <ContentSearch basePath={basePath} label={label} q={query.q} total={list.total} noun={noun} />
      {list.items.length === 0 ? (
        <p className="empty-state">{query.q ? `No ${noun[0]} matches.` : `No ${noun[1]} yet.`}</p>
      ) : (
        <ol className="content-list">
          {list.items.map((row) => (
            <li key={row.id} className="content-item">
              {children(row)}
            </li>
          ))}
        </ol>
      )}
      <Pagination list={list} basePath={basePath} query={contentListQuery.params(query)} />
    </>
  );
}
