import Link from "next/link";
import { ActionButton } from "@/components/action-button";
import { collectionChoices } from "@/lib/collections/queries";
import { changeCollectionItem } from "@/app/(site)/u/[username]/collections/actions";

type ArtworkCollectionsProps = { artwork: { id: string; title: string }; viewer: { id: string; username: string } };

/** The viewer's collections, each a button that adds this artwork to it or takes it out. */
export async function ArtworkCollections({ artwork, viewer }: ArtworkCollectionsProps) {
  const choices = await collectionChoices(viewer.id, artwork.id);
  const collectionsHref = `/u/${encodeURIComponent(viewer.username)}/collections`;
  return (
    <details className="artwork-collections">
      <summary>Collections</summary>
      {choices.length === 0 ? (
        <p>
          You have no collections yet. <Link href={collectionsHref}>Start a collection</Link>, then add this artwork from here.
        </p>
      ) : (
        <ul>
          {choices.map((choice) => (
            <li key={choice.id}>
              <ActionButton
                action={changeCollectionItem}
                fields={{ collectionId: choice.id, artworkId: artwork.id, intent: choice.contains ? "remove" : "add" }}
                label={choice.contains ? `Remove from ${choice.title}` : `Add to ${choice.title}`}
                className={choice.contains ? "secondary" : "secondary outline"}
              />
            </li>
          ))}
          <li>
            <Link href={collectionsHref}>Start another collection</Link>
          </li>
        </ul>
      )}
    </details>
  );
}
