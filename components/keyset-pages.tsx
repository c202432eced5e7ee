import Link from "next/link";

/**
 * The links of a keyset-paged list (/following, /notifications): back to the
 * newest page when not on it, and on to older items when there are some.
 */
export function KeysetPages({ path, onNewest, olderCursor }: { path: string; onNewest: boolean; olderCursor: string | null }) {
  return (
    <nav className="keyset-pages" aria-label="Pages">
      {!onNewest && <Link href={path}>Newest</Link>}
      {olderCursor && (
        <Link href={`${path}?before=${olderCursor}`} rel="next">
          Older →
        </Link>
      )}
    </nav>
  );
}
