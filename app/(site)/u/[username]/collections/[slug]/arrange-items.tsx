import { ActionButton } from "@/components/action-button";
import type { ArtworkCardData } from "@/lib/art/cards";
import { changeCollectionItem, moveCollectionItem } from "../actions";

const MOVES = [
  { move: "top", label: "Top", name: (title: string) => `Move ${title} to the top` },
  { move: "up", label: "Up", name: (title: string) => `Move ${title} up` },
  { move: "down", label: "Down", name: (title: string) => `Move ${title} down` },
] as const;

/** The owner's controls for this page's artwork, in order: plain forms, so arranging works without JavaScript. */
export function ArrangeItems({ collectionId, items }: { collectionId: string; items: ArtworkCardData[] }) {
  return (
    <ol className="arrange-items">
      {items.map((item) => {
        const fields = { collectionId, artworkId: item.id };
        return (
          <li key={item.id}>
            <span>{item.title}</span>
            {MOVES.map(({ move, label, name }) => (
              <ActionButton
                key={move}
                action={moveCollectionItem}
                fields={{ ...fields, move }}
                label={label}
                accessibleName={name(item.title)}
                className="secondary outline"
              />
            ))}
            <ActionButton
              action={changeCollectionItem}
              fields={{ ...fields, intent: "remove" }}
              label="Remove"
              accessibleName={`Remove ${item.title} from this collection`}
              className="secondary outline"
            />
          </li>
        );
      })}
    </ol>
  );
}
