import { SEARCH_TEXT_MAX } from "@/lib/validation/form-rules";

/**
 * The search field in every page's header: a plain GET form to /search, so
 * it works before (and without) JavaScript. The label stays visible, small,
 * beside the field; the magnifier button says what it does to a screen reader ("Find", so
 * it is never confused with a page's own Search button).
 */
export function HeaderSearch() {
  return (
    <form role="search" method="get" action="/search" className="header-search">
      <label htmlFor="header-search-q">Search</label>
      <input
        id="header-search-q"
        type="search"
        name="q"
        placeholder="Art, tags, artists"
        maxLength={SEARCH_TEXT_MAX}
        enterKeyHint="search"
      />
      <button type="submit" aria-label="Find art and artists" className="secondary">
        <svg
          aria-hidden="true"
          viewBox="0 0 24 24"
          width="18"
          height="18"
          fill="none"
          stroke="currentColor"
          strokeWidth="2.5"
          strokeLinecap="round"
        >
          <circle cx="10.5" cy="10.5" r="6.5" />
          <path d="m15.5 15.5 5 5" />
        </svg>
      </button>
    </form>
  );
}
