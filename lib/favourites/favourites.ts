import "server-only";
import { ARTWORK_GONE } from "@/lib/art/refusals";
import { isUniqueViolation } from "@/lib/database/errors";
import { db } from "@/lib/db";
import { notifyingTransaction, withdrawNotification } from "@/lib/notifications/notify";
import { LIMITS } from "@/lib/rate-limit/limits";
import { takeTurn } from "@/lib/rate-limit/rate-limiter";
import { overLimitMessage } from "@/lib/rate-limit/wait";
import { done, refused, type Result } from "@/lib/result";

/** What the heart shows after a change: the member's choice and the artwork's count (kept by a trigger on Favourite). */
export type FavouriteState = { favourited: boolean; count: number };

/** One try: the artwork must be visible, a turn is taken, then the row is added or removed. */
function applyFavourite(userId: string, artworkId: string, favourite: boolean): Promise<Result<FavouriteState>> {
  return notifyingTransaction(async (tx, tell): Promise<Result<FavouriteState>> => {
    // Hidden artwork does not exist for anyone but its owner and the moderators: nobody favourites it.
    const artwork = await tx.artwork.findFirst({ where: { id: artworkId, hiddenAt: null }, select: { authorId: true } });
    if (!artwork) return refused(ARTWORK_GONE);
    const cause = { type: "FAVOURITE", recipientId: artwork.authorId, actorId: userId, artworkId } as const;
    const turn = await takeTurn({ limit: LIMITS.favourite, subject: userId }, { client: tx });
    if (!turn.ok) return refused(overLimitMessage("change", "favourite", LIMITS.favourite, turn.retryAfterMs));
    const key = { userId_artworkId: { userId, artworkId } };
    if (favourite) {
      if (!(await tx.favourite.findUnique({ where: key, select: { userId: true } }))) {
        await tx.favourite.create({ data: { userId, artworkId }, select: { userId: true } });
        await tell(cause);
      }
    } else {
      await tx.favourite.deleteMany({ where: { userId, artworkId } });
      await withdrawNotification(tx, cause);
    }
    const { favouriteCount } = await tx.artwork.findUniqueOrThrow({ where: { id: artworkId }, select: { favouriteCount: true } });
    return done({ favourited: favourite, count: favouriteCount });
  });
}

/**
 * Adds or removes the member's favourite. Asking for what is already so is
 * no error: two tabs or a double submit end with the same one row. Two
 * adds at once on PostgreSQL may both find no row; the second insert is
 * then refused by the primary key and rolled back (its turn with it), and
 * trying again finds the first one's row.
 */
export async function setFavourite(userId: string, artworkId: string, favourite: boolean): Promise<Result<FavouriteState>> {
  try {
    return await applyFavourite(userId, artworkId, favourite);
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    return applyFavourite(userId, artworkId, favourite);
  }
}

/** Whether other members see the member's favourites; only the session's member changes their own. */
export async function setFavouritesPublic(userId: string, favouritesPublic: boolean): Promise<Result<void>> {
  await db.user.update({ where: { id: userId }, data: { favouritesPublic }, select: { id: true } });
  return done(undefined, favouritesPublic ? "Your favourites are public." : "Only you can see your favourites now.");
}
