import type { Metadata } from "next";
import Link from "next/link";
import { ArtworkGrid } from "@/components/artwork-grid";
import { Avatar } from "@/components/avatar";
import { Pagination } from "@/components/pagination";
import { getCurrentUser } from "@/lib/auth/session";
import { searchArtists } from "@/lib/search/artists";
import { searchArtworks, SEARCH_RESULTS_MAX } from "@/lib/search/artworks";
import { searchAddress } from "@/lib/search/schemas";
import { SEARCH_TEXT_MAX } from "@/lib/validation/form-rules";
import "./search.css";

export const metadata: Metadata = { title: "Search" };

function countLine(total: number, more: boolean, query: string): string {
  if (more)
    return `More than ${SEARCH_RESULTS_MAX} artworks match “${query}”: the best ${SEARCH_RESULTS_MAX} are shown. Add a word to narrow it.`;
  return `${total} ${total === 1 ? "artwork matches" : "artworks match"} “${query}”.`;
}

export default async function SearchPage({ searchParams }: PageProps<"/search">) {
  const { q, page } = searchAddress.parse(await searchParams);
  const user = await getCurrentUser();
  const now = new Date();
  const result = q === null ? null : await searchArtworks({ query: q, viewerId: user?.id, page, now });
  const artists = result?.ok ? await searchArtists({ terms: result.value.terms, viewerId: user?.id, now }) : [];
  const error = result && !result.ok ? result.message : undefined;
  const query = q?.trim() ?? "";
  return (
    <>
      <h1>Search</h1>
      <form method="get" action="/search" className="search-form">
        <label htmlFor="search-q">Search art and artists</label>
        <div role="group">
          <input
            id="search-q"
            type="search"
            name="q"
            defaultValue={q ?? ""}
            maxLength={SEARCH_TEXT_MAX}
            aria-invalid={error ? true : undefined}
            aria-describedby="search-q-note"
            enterKeyHint="search"
          />
          <button type="submit">Search</button>
        </div>
        <small id="search-q-note" aria-live="polite">
          {error ?? 'Words match the start of words ("water" finds "watercolour"); "quotes" keep a phrase together; -word leaves it out.'}
        </small>
      </form>
      {result?.ok && (
        <>
          <p role="status">{countLine(result.value.total, result.value.more, query)}</p>
          {artists.length > 0 && (
            <section aria-labelledby="search-artists" className="search-artists">
              <h2 id="search-artists">Artists</h2>
              <ul>
                {artists.map((artist) => (
                  <li key={artist.username}>
                    <Link href={artist.href}>
                      <Avatar author={artist} size={32} />
                      <span>{artist.name}</span>
                      <small>@{artist.username}</small>
                    </Link>
                  </li>
                ))}
              </ul>
            </section>
          )}
          <section aria-labelledby="search-artwork">
            <h2 id="search-artwork">Artwork</h2>
            <ArtworkGrid
              artworks={result.value.items}
              emptyMessage={
                <>
                  No artwork matches “{query}”. Try fewer words, check the spelling, or leave out quotes and -exclusions.{" "}
                  <Link href="/">Browse the gallery</Link> instead.
                </>
              }
            />
            <Pagination list={result.value} basePath="/search" query={new URLSearchParams({ q: query })} />
          </section>
        </>
      )}
    </>
  );
}
