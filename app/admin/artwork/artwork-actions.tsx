import { ModerationForm } from "@/components/admin/moderation-form";
import { deleteArtworkAction, hideArtworkAction, unhideArtworkAction } from "./actions";

type ArtworkActionsProps = {
  artworkId: string;
  title: string;
  hidden: boolean;
  /** Unique on the page (the report queue may show the same artwork twice). */
  idPrefix?: string;
};

// Hiding tells the artist why; unhiding only notes it for the audit log.
const HIDE = {
  action: hideArtworkAction,
  verb: "Hide",
  reason: "required",
  reasonLabel: (title: string) => `Reason for hiding “${title}” (the artist sees it)`,
} as const;
const UNHIDE = {
  action: unhideArtworkAction,
  verb: "Unhide",
  reason: "optional",
  reasonLabel: (title: string) => `Note for the audit log on unhiding “${title}” (optional)`,
} as const;

/** The forms of one row: hide (or unhide) and delete, each behind its own summary naming the artwork. */
export function ArtworkActions({ artworkId, title, hidden, idPrefix }: ArtworkActionsProps) {
  const fields = { artworkId };
  const prefix = idPrefix ?? `artwork-${artworkId}`;
  const visibility = hidden ? UNHIDE : HIDE;
  return (
    <div className="admin-artwork-actions">
      <ModerationForm
        action={visibility.action}
        fields={fields}
        label={`${visibility.verb} artwork`}
        idPrefix={`${prefix}-${visibility.verb.toLowerCase()}`}
        reason={visibility.reason}
        reasonLabel={visibility.reasonLabel(title)}
        summary={`${visibility.verb} “${title}”…`}
      />
      <ModerationForm
        action={deleteArtworkAction}
        fields={fields}
        label="Delete artwork"
        idPrefix={`${prefix}-delete`}
        reason="optional"
        reasonLabel={`Note for the audit log on deleting “${title}” (optional)`}
        summary={`Delete “${title}”…`}
        destructive
      >
        <p>This removes the artwork, every size of its image, its comments and ratings. It cannot be undone.</p>
      </ModerationForm>
    </div>
  );
}
