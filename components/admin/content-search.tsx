import Link from "next/link";
import { SEARCH_MAX } from "@/lib/paging/list-query";

type ContentSearchProps = {
  /** The list's own address: the search is a plain GET, so results can be linked and reloaded. */
  basePath: string;
  label: string;
  q: string;
  total: number;
  /** Singular and plural: "comment", "comments". */
  noun: [string, string];
};

/** The search box above a moderators' list, and how many rows the list holds (or matched). */
export function ContentSearch({ basePath, label, q, total, noun }: ContentSearchProps) {
  const counted = `${total.toLocaleString("en")} ${total === 1 ? noun[0] : noun[1]}`;
  return (
    <>
      <form role="search" method="get" action={basePath} className="content-search">
        <label htmlFor="content-search-q">{label}</label>
        <div role="group">
          <input id="content-search-q" type="search" name="q" defaultValue={q} maxLength={SEARCH_MAX} />
          <button type="submit">Search</button>
        </div>
      </form>
      <p className="content-count" role="status">
        {q ? (
          <>
            {counted} matching “{q}” · <Link href={basePath}>Show all</Link>
          </>
        ) : (
          counted
        )}
      </p>
    </>
  );
}
