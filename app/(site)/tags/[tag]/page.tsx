import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { cache } from "react";
import { ArtworkGrid } from "@/components/artwork-grid";
import { MutedTagsNote } from "@/components/muted-tags-note";
import { Pagination } from "@/components/pagination";
import { SortControl } from "@/components/sort-control";
import { tagHref } from "@/components/tag-links";
import { periodStart } from "@/lib/art/queries";
import { getCurrentUser } from "@/lib/auth/session";
import { decodePathSegment } from "@/lib/http/path-segments";
import { pageHref } from "@/lib/paging/links";
import { mutedTagsHiding } from "@/lib/tags/muting";
import { checkTag } from "@/lib/tags/normalise";
import { listTagArtworks } from "@/lib/tags/tag-page";
import { findTag } from "@/lib/tags/tags";
import { orderQuery, parseGalleryQuery, SORT_LABELS } from "@/lib/art/gallery-order";

const tagOf = cache(findTag);

/** The tag a path segment names: its normalised spelling, or null when no tag could be spelt so. */
function tagNameAt(segment: string): { typed: string; name: string } | null {
  const typed = decodePathSegment(segment);
  if (typed === null) return null;
  const checked = checkTag(typed);
  return checked.ok ? { typed, name: checked.name } : null;
}

export async function generateMetadata({ params }: PageProps<"/tags/[tag]">): Promise<Metadata> {
  const named = tagNameAt((await params).tag);
  const tag = named && (await tagOf(named.name));
  if (!tag) return { title: "Tag not found" };
  return { title: `#${tag.name}`, description: `Artwork tagged #${tag.name} on Artist Collective.` };
}

export default async function TagPage({ params, searchParams }: PageProps<"/tags/[tag]">) {
  const named = tagNameAt((await params).tag);
  if (!named) notFound();
  const { page, order } = parseGalleryQuery(await searchParams);
  // One address per tag: /tags/Watercolour and /tags/%23watercolour lead to /tags/watercolour, order and page kept.
  if (named.typed !== named.name) permanentRedirect(pageHref(tagHref(named.name), orderQuery(order), page));
  const [tag, viewer] = await Promise.all([tagOf(named.name), getCurrentUser()]);
  if (!tag) notFound();
  const now = new Date();
  const [list, muted] = await Promise.all([
    listTagArtworks({ tagId: tag.id, page, order, viewerId: viewer?.id, now }),
    mutedTagsHiding(viewer?.id, { tagId: tag.id, since: periodStart(order.period, now) }),
  ]);
  const href = tagHref(tag.name);
  return (
    <>
      <header className="page-intro">
        <hgroup>
          <h1>#{tag.name}</h1>
          <p>
            {tag.usageCount} artwork{tag.usageCount === 1 ? "" : "s"} tagged #{tag.name}: {SORT_LABELS[order.sort].toLowerCase()} first.
          </p>
        </hgroup>
      </header>
      <SortControl order={order} action={href} />
      <MutedTagsNote tags={muted} />
      <ArtworkGrid artworks={list.items} emptyMessage={`No artwork to show for #${tag.name}.`} />
      <Pagination list={list} basePath={href} query={orderQuery(order)} />
    </>
  );
}
