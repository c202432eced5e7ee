import "server-only";
import { deleteArtworkRows, deletingArtworkFiles } from "@/lib/art/manage";
import { changeVisibilityMovingMedia, MediaMoveFailed } from "@/lib/art/media-move";
import type { SessionUser } from "@/lib/auth/session";
import type { Prisma } from "@/lib/generated/prisma/client";
import { asAdmin, recordAudit } from "@/lib/moderation/audit/record";
import { closeReportsAbout } from "@/lib/moderation/reports/closing";
import { notificationBatch, type Tell } from "@/lib/notifications/notify";
import { done, refused, type ModerationResult } from "@/lib/moderation/result";

type Admin = Pick<SessionUser, "id">;
type Transaction = Prisma.TransactionClient;

const MISSING = "This artwork does not exist: it may have been deleted already.";

async function artworkToModerate(tx: Transaction, artworkId: string) {
  return tx.artwork.findUnique({ where: { id: artworkId }, select: { id: true, title: true, authorId: true, hiddenAt: true } });
}

type Artwork = NonNullable<Awaited<ReturnType<typeof artworkToModerate>>>;

const auditTarget = (artwork: Artwork) => ({ type: "ARTWORK" as const, id: artwork.id, label: artwork.title, ownerId: artwork.authorId });

/**
 * Hiding and unhiding give every file of the artwork a new key, private or
 * public, in the same transaction (lib/art/media-move.ts), so the URLs
 * anyone loaded before stop working at once. Storage trouble while copying
 * is a refusal: nothing changed.
 */
async function changeVisibility(
  artworkId: string,
  hidden: boolean,
  change: (tx: Transaction) => Promise<ModerationResult>,
): Promise<ModerationResult> {
  try {
    return await changeVisibilityMovingMedia(artworkId, hidden, async (tx) => {
      const outcome = await change(tx);
      return { outcome, changed: outcome.ok };
    });
  } catch (error) {
    if (!(error instanceof MediaMoveFailed)) throw error;
    console.error("[media] could not move the files of artwork", artworkId, error);
    return refused("The artwork's files could not be moved, so nothing changed. Try again in a moment.");
  }
}

/** An admin's change, whose notifications (the owner's, the reporters') reach their bells once it has committed. */
async function tellingOwner(change: (tell: Tell) => Promise<ModerationResult>): Promise<ModerationResult> {
  const batch = notificationBatch();
  const outcome = await asAdmin(() => change(batch.tell));
  await batch.announce();
  return outcome;
}

/**
 * Takes an artwork out of every gallery and page but its owner's (and the
 * moderators'), and its files out of public reach: they move to private
 * keys that only the owner and admins can load. The owner sees the reason.
 * Open reports about it close as "hidden".
 */
export async function hideArtwork(admin: Admin, { artworkId, reason }: { artworkId: string; reason: string }): Promise<ModerationResult> {
  return tellingOwner((tell) =>
    changeVisibility(artworkId, true, async (tx) => {
      const artwork = await artworkToModerate(tx, artworkId);
      if (!artwork) return refused(MISSING);
      if (artwork.hiddenAt) return refused(`“${artwork.title}” is already hidden.`);
      await tx.artwork.update({ where: { id: artwork.id }, data: { hiddenAt: new Date(), hiddenReason: reason }, select: { id: true } });
      await recordAudit(tx, admin, { action: "HIDE_ARTWORK", target: auditTarget(artwork), reason });
      await closeReportsAbout(tx, { type: "ARTWORK", id: artwork.id }, "HIDDEN", admin.id, reason, tell);
      // Nobody else may see it now, so nothing about it is told anymore; its owner hears why.
      await tx.notification.deleteMany({ where: { artworkId: artwork.id } });
      await tell(tx, {
        type: "MODERATION",
        action: "hidden",
        recipientId: artwork.authorId,
        artworkId: artwork.id,
        subjectId: artwork.id,
        excerpt: artwork.title,
        reason,
      });
      return done(`Hid “${artwork.title}”.`);
    }),
  );
}

/** Puts a hidden artwork back where everyone sees it, its files under new public keys (nothing cached under the private ones is reused). */
export async function unhideArtwork(
  admin: Admin,
  { artworkId, reason = "" }: { artworkId: string; reason?: string },
): Promise<ModerationResult> {
  return tellingOwner((tell) =>
    changeVisibility(artworkId, false, async (tx) => {
      const artwork = await artworkToModerate(tx, artworkId);
      if (!artwork) return refused(MISSING);
      if (!artwork.hiddenAt) return refused(`“${artwork.title}” is not hidden.`);
      await tx.artwork.update({ where: { id: artwork.id }, data: { hiddenAt: null, hiddenReason: null }, select: { id: true } });
      await recordAudit(tx, admin, { action: "UNHIDE_ARTWORK", target: auditTarget(artwork), reason });
      await tell(tx, {
        type: "MODERATION",
        action: "unhidden",
        recipientId: artwork.authorId,
        artworkId: artwork.id,
        subjectId: artwork.id,
        excerpt: artwork.title,
        reason,
      });
      return done(`“${artwork.title}” is visible again.`);
    }),
  );
}

/**
 * Deletes an artwork with its comments and ratings, through the same code as
 * an owner's delete: the files go only after the transaction (with its audit
 * entry and closed reports) has committed.
 */
export async function deleteArtworkAsAdmin(
  admin: Admin,
  { artworkId, reason = "" }: { artworkId: string; reason?: string },
): Promise<ModerationResult> {
  return tellingOwner((tell) =>
    deletingArtworkFiles(async (tx) => {
      const artwork = await artworkToModerate(tx, artworkId);
      const fileKeys = artwork && (await deleteArtworkRows(tx, [artwork.id]));
      if (!artwork || !fileKeys) return { outcome: refused(MISSING), fileKeys: [] };
      await recordAudit(tx, admin, { action: "DELETE_ARTWORK", target: auditTarget(artwork), reason });
      await closeReportsAbout(tx, { type: "ARTWORK", id: artwork.id }, "DELETED", admin.id, reason, tell);
      // No link to the artwork: it is gone. Its title is kept in the words.
      await tell(tx, {
        type: "MODERATION",
        action: "deleted",
        recipientId: artwork.authorId,
        subjectId: artwork.id,
        excerpt: artwork.title,
        reason,
      });
      return { outcome: done(`Deleted “${artwork.title}”.`), fileKeys };
    }),
  );
}
