import { ModerationForm } from "@/components/admin/moderation-form";
import { deleteArtworkAction, hideArtworkAction, unhideArtworkAction } from "./actions";

type ArtworkActionsProps = {
  artworkId: string;
  title: string;
  hidden: boolean;
  /** Unique on the page (the report queue may show the same artwork twice). */
  idPrefix?: string;
};

/** The forms of one row: hide (or unhide) and delete, each behind its own summary naming the artwork. */
export function ArtworkActions({ artworkId, title, hidden, idPrefix }: ArtworkActionsProps) {
  const fields = { artworkId };
  const prefix = idPrefix ?? `artwork-${artworkId}`;
  return (
    <div className="admin-artwork-actions">
      {hidden ? (
        <ModerationForm
          action={unhideArtworkAction}
          fields={fields}
          label="Unhide artwork"
          idPrefix={`${prefix}-unhide`}
          reason="optional"
          reasonLabel={`Note for the audit log on unhiding “${title}” (optional)`}
          summary={`Unhide “${title}”…`}
        />
      ) : (
        <ModerationForm
          action={hideArtworkAction}
          fields={fields}
          label="Hide artwork"
          idPrefix={`${prefix}-hide`}
          reason="required"
          reasonLabel={`Reason for hiding “${title}” (the artist sees it)`}
          summary={`Hide “${title}”…`}
        />
      )}
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
