import "server-only";
import { artworkFolder, isPrivateMediaKey, newMediaKey, PRIVATE_MEDIA_PREFIX } from "@/lib/art/media-keys";
import { removeFiles } from "@/lib/art/publish";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { storage } from "@/lib/storage";

type Transaction = Prisma.TransactionClient;

/** The copies could not be made, or the files kept changing under the move: nothing changed. */
export class MediaMoveFailed extends Error {}

/** Thrown inside the transaction to roll it back and start again from a fresh reading. */
class MediaChangedMeanwhile extends Error {}

/** A late AVIF attached between reading and committing makes one retry; three is plenty. */
const MOVE_ATTEMPTS = 3;

async function mediaOf(client: Pick<Transaction, "artwork">, artworkId: string) {
  return client.artwork.findUnique({
    where: { id: artworkId },
    select: { mediaKey: true, hiddenAt: true, variants: { orderBy: { id: "asc" }, select: { id: true, key: true } } },
  });
}

/**
 * Takes the artwork row's write lock if its files are still in the folder
 * `mediaKey`, hidden or not as `hidden` says; false when they are not (or
 * the artwork is gone). A move and a late attach both start with it, so on
 * PostgreSQL one waits for the other and then reads what it committed (a
 * plain read inside READ COMMITTED would not wait, and a hide could miss
 * an AVIF attached meanwhile, leaving it public). SQLite runs one write
 * transaction at a time, so there it only re-checks.
 */
export async function lockArtworkFolder(tx: Transaction, artworkId: string, mediaKey: string, hidden: boolean): Promise<boolean> {
  const { count } = await tx.artwork.updateMany({
    where: { id: artworkId, mediaKey, hiddenAt: hidden ? { not: null } : null },
    data: { mediaKey },
  });
  return count === 1;
}

type ArtworkMedia = NonNullable<Awaited<ReturnType<typeof mediaOf>>>;
type Plan = { mediaKey: string; moves: { variantId: number; from: string; to: string }[] };

/** The same folder, visibility and files: nothing was hidden, attached or deleted in between. */
function fingerprint(media: ArtworkMedia | null): string {
  return media ? JSON.stringify([media.mediaKey, media.hiddenAt !== null, media.variants]) : "gone";
}

/** New keys for every file, in a new random folder, when any file is not yet where `hidden` says it belongs. */
function planMove(media: ArtworkMedia | null, hidden: boolean): Plan | null {
  if (!media || media.variants.every((variant) => isPrivateMediaKey(variant.key) === hidden)) return null;
  const mediaKey = newMediaKey();
  const folder = artworkFolder(mediaKey, hidden);
  const moves = media.variants.map((variant) => ({
    variantId: variant.id,
    from: variant.key,
    to: `${folder}/${variant.key.split("/").at(-1)}`,
  }));
  return { mediaKey, moves };
}

/** Every copy, or none: on a failure the ones made are removed. */
async function copyFiles(plan: Plan | null): Promise<void> {
  const made: string[] = [];
  try {
    for (const move of plan?.moves ?? []) {
      await storage.copy(move.from, move.to);
      made.push(move.to);
    }
  } catch (error) {
    await removeFiles(made);
    throw new MediaMoveFailed("The artwork's files could not be copied to their new place.", { cause: error });
  }
}

async function pointRowsAtCopies(tx: Transaction, artworkId: string, plan: Plan): Promise<void> {
  await tx.artwork.update({
    where: { id: artworkId },
    data: {
      mediaKey: plan.mediaKey,
      variants: { update: plan.moves.map((move) => ({ where: { id: move.variantId }, data: { key: move.to } })) },
    },
    select: { id: true },
  });
}

export type VisibilityChange<T> = (tx: Transaction) => Promise<{ outcome: T; changed: boolean }>;

/**
 * Runs `change` (which hides or unhides the artwork, or refuses to) in one
 * transaction that also gives every file of the artwork a new key in a new
 * random folder: private (`private/art/…`) when `hidden`, public otherwise.
 * Every URL changes, so the old ones answer 404 the moment it commits,
 * without the media route reading the database for public files.
 *
 * Nothing is lost on a crash or failure: the copies are made first (a hard
 * link on disk), then the transaction points the rows at them (only if
 * `change` answers changed: true), then the old files go. Before the commit
 * a failure removes the copies and leaves the artwork as it was; after it, a
 * file that cannot be deleted is logged. Files attached or deleted while the
 * copies were made (the deferred AVIF) roll the transaction back and the move
 * starts again.
 */
export async function changeVisibilityMovingMedia<T>(artworkId: string, hidden: boolean, change: VisibilityChange<T>): Promise<T> {
  for (let attempt = 1; attempt <= MOVE_ATTEMPTS; attempt += 1) {
    const before = await mediaOf(db, artworkId);
    const plan = planMove(before, hidden);
    await copyFiles(plan);
    const newKeys = plan?.moves.map((move) => move.to) ?? [];
    let result: { outcome: T; changed: boolean };
    try {
      result = await db.$transaction(async (tx) => {
        if (before && !(await lockArtworkFolder(tx, artworkId, before.mediaKey, before.hiddenAt !== null)))
          throw new MediaChangedMeanwhile();
        if (fingerprint(await mediaOf(tx, artworkId)) !== fingerprint(before)) throw new MediaChangedMeanwhile();
        const answer = await change(tx);
        if (answer.changed && plan) await pointRowsAtCopies(tx, artworkId, plan);
        return answer;
      });
    } catch (error) {
      await removeFiles(newKeys);
      if (error instanceof MediaChangedMeanwhile) continue;
      throw error;
    }
    if (!result.changed || !plan) await removeFiles(newKeys);
    else
      await removeFiles(
        plan.moves.map((move) => move.from),
        hidden ? ": a hidden artwork's old file is still served until it is deleted" : "",
      );
    return result.outcome;
  }
  throw new MediaMoveFailed(`The artwork's files changed ${MOVE_ATTEMPTS} times while they were being moved.`);
}

/**
 * Hidden artwork whose files are still public: hidden before hiding moved
 * files (or by a change made straight in the database). Runs when the
 * server starts (instrumentation.ts); the (artworkId, kind) index keeps it
 * to a look at each hidden artwork. Returns how many were moved; one that
 * fails is logged and the rest still move.
 */
export async function makeHiddenArtworkMediaPrivate(): Promise<number> {
  const misplaced = await db.artwork.findMany({
    where: { hiddenAt: { not: null }, variants: { some: { NOT: { key: { startsWith: PRIVATE_MEDIA_PREFIX } } } } },
    select: { id: true },
  });
  let moved = 0;
  for (const artwork of misplaced) {
    try {
      await changeVisibilityMovingMedia(artwork.id, true, async (tx) => {
        // Unhidden since the list was read: its files stay public.
        const stillHidden = await tx.artwork.count({ where: { id: artwork.id, hiddenAt: { not: null } } });
        return { outcome: undefined, changed: stillHidden === 1 };
      });
      moved += 1;
    } catch (error) {
      console.error("[media] could not make the files of hidden artwork", artwork.id, "private; they are still public", error);
    }
  }
  return moved;
}
