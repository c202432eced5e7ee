/** The lists the discovery benchmark measures and the target for each (p95 of a page). No imports: read before lib/db may load. */
export const KINDS = ["search", "tag", "feed"] as const;
export type Kind = (typeof KINDS)[number];

export const TARGET_P95_MS: Record<Kind, number> = { search: 30, tag: 20, feed: 20 };

/** A plan's flag for a sort (SQLite's temporary B-tree, PostgreSQL's Sort node), as opposed to a table read whole. */
export const isSortFlag = (flag: string) => !flag.startsWith("full scan of ");
