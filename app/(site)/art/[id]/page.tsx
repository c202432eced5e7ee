import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ActionButton } from "@/components/action-button";
import { ArtPicture } from "@/components/art-picture";
import { Avatar } from "@/components/avatar";
import { EditArtworkForm } from "@/components/edit-artwork-form";
import { HiddenByModerators } from "@/components/hidden-by-moderators";
import { RecordArtworkView } from "@/components/pwa/record-artwork-view";
import { ReportLink } from "@/components/report-link";
import { TagLinks } from "@/components/tag-links";
import { getArtwork } from "@/lib/art/queries";
import { getCurrentUser } from "@/lib/auth/session";
import { usernameSchema } from "@/lib/auth/schemas";
import { listComments } from "@/lib/comments/comments";
import { viewerRating } from "@/lib/ratings/ratings";
import { describeAverage } from "@/lib/ratings/score";
import { tagsOfArtwork } from "@/lib/tags/artwork-tags";
import { artworkIdSchema } from "@/lib/art/schemas";
import { removeArtwork, saveArtworkDetails } from "./actions";
import { AuthorFollowControl } from "../../following/follow-control";
import { ArtworkCollections } from "./artwork-collections";
import { ArtworkFavourite } from "./artwork-favourite";
import { CommentForm } from "./comment-form";
import { CommentList } from "./comment-list";
import { RatingForm } from "./rating-form";

/** Hidden artwork is "not found" for everyone but its owner and admins, page and metadata alike. */
const artworkOf = cache(async (id: string) => (artworkIdSchema.safeParse(id).success ? getArtwork(id, await getCurrentUser()) : null));

export async function generateMetadata({ params }: PageProps<"/art/[id]">): Promise<Metadata> {
  const artwork = await artworkOf((await params).id);
  if (!artwork) return { title: "Artwork not found" };
  // Only its owner or an admin gets this far; nothing to share or index.
  if (artwork.hidden) return { title: artwork.title, robots: { index: false, follow: false } };
  const image = artwork.display.webp.at(-1) ?? artwork.display.fallback;
  const description = artwork.description || `${artwork.title} by ${artwork.author.name}`;
  return {
    title: `${artwork.title} by ${artwork.author.name}`,
    description,
    openGraph: {
      type: "article",
      title: artwork.title,
      description,
      images: [{ url: image.url, width: image.width, height: image.height, alt: artwork.title }],
    },
    twitter: { card: "summary_large_image" },
  };
}

export default async function ArtworkPage({ params, searchParams }: PageProps<"/art/[id]">) {
  const { id } = await params;
  const replyTo = usernameSchema.safeParse((await searchParams).reply).data;
  const [artwork, viewer] = await Promise.all([artworkOf(id), getCurrentUser()]);
  if (!artwork) notFound();
  const [comments, mine, tags] = await Promise.all([
    listComments(artwork.id),
    viewerRating(artwork.id, viewer?.id),
    tagsOfArtwork(artwork.id),
  ]);
  const isOwner = viewer?.id === artwork.authorId;
  // Ratings and comments are closed while moderators keep it hidden.
  const open = !artwork.hidden;
  const largest = artwork.display.webp.at(-1) ?? artwork.display.fallback;
  const now = new Date();
  return (
    <article className="artwork-page">
      {artwork.hidden && <HiddenNotice reason={artwork.hidden.reason} isOwner={isOwner} />}
      <figure className="artwork-image">
        <ArtPicture
          image={artwork.display}
          alt={artwork.title}
          width={largest.width}
          height={largest.height}
          sizes="(max-width: 1280px) 100vw, 1200px"
          placeholderUrl={artwork.placeholderUrl}
          dominantColor={artwork.dominantColor}
          priority
        />
      </figure>
      <RecordArtworkView id={artwork.id} title={artwork.title} artist={artwork.author.name} imageSelector=".artwork-image img" />
      <header>
        <h1>{artwork.title}</h1>
        <p className="byline">
          <Avatar author={artwork.author} size={32} />
          <Link href={artwork.author.href}>{artwork.author.name}</Link>
          <AuthorFollowControl
            member={{ id: artwork.authorId, name: artwork.author.name }}
            viewer={viewer}
            returnTo={`/art/${artwork.id}`}
          />
          <time dateTime={artwork.createdAt.toISOString()}>
            {artwork.createdAt.toLocaleDateString("en", { dateStyle: "long", timeZone: "UTC" })}
          </time>
          {!isOwner && <ReportLink type="ARTWORK" id={artwork.id} what={`artwork “${artwork.title}”`} />}
        </p>
      </header>
      <section className="rating-section" aria-label="Rating">
        {viewer && !isOwner && open ? (
          <RatingForm artworkId={artwork.id} rating={{ ...artwork.rating, mine }} />
        ) : (
          <p className="rating-average">
            ★ {describeAverage(artwork.rating)}
            {!viewer && open && (
              <>
                {" · "}
                <Link href={`/login?callbackUrl=${encodeURIComponent(`/art/${artwork.id}`)}`}>Log in to rate</Link>
              </>
            )}
          </p>
        )}
      </section>
      <ArtworkFavourite artwork={artwork} viewerId={viewer?.id} />
      {viewer && open && <ArtworkCollections artwork={artwork} viewer={viewer} />}
      {artwork.description && <p className="artwork-description">{artwork.description}</p>}
      <TagLinks tags={tags} label="Tags" />
      <p className="artwork-facts">
        {artwork.width} × {artwork.height} px ·{" "}
        <a href={artwork.fullSize.url} target="_blank" rel="noopener">
          View full size
        </a>
      </p>
      {isOwner && (
        <section className="owner-tools" aria-label="Manage your artwork">
          <details>
            <summary>Edit title, description and tags</summary>
            <EditArtworkForm
              action={saveArtworkDetails}
              artworkId={artwork.id}
              title={artwork.title}
              description={artwork.description}
              tags={tags}
            />
          </details>
          <details>
            <summary>Delete artwork…</summary>
            <p>This removes the artwork, every size of its image and its comments. It cannot be undone.</p>
            <ActionButton action={removeArtwork} fields={{ artworkId: artwork.id }} label="Delete permanently" className="contrast" />
          </details>
        </section>
      )}
      <section className="comments" aria-labelledby="comments-heading">
        <h2 id="comments-heading">Comments ({comments.length})</h2>
        <CommentList comments={comments} viewerId={viewer?.id} now={now} />
        {!open ? (
          <p>Comments are closed while the artwork is hidden.</p>
        ) : viewer ? (
          <CommentForm artworkId={artwork.id} replyTo={replyTo} />
        ) : (
          <p>
            <Link href={`/login?callbackUrl=${encodeURIComponent(`/art/${artwork.id}`)}`}>Log in</Link> to join the conversation.
          </p>
        )}
      </section>
    </article>
  );
}

/** Seen only by the owner and admins (nobody else can open a hidden artwork): why it is out of sight. */
function HiddenNotice({ reason, isOwner }: { reason: string; isOwner: boolean }) {
  return (
    <aside className="hidden-notice" role="note">
      <HiddenByModerators reason={reason} />
      <p>
        {isOwner
          ? "Only you and the moderators can see this artwork; it is out of every gallery."
          : "Only its owner and the moderators can see this artwork."}
      </p>
    </aside>
  );
}
