"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { authenticatedAction } from "@/lib/actions/validated-action";
import { deleteArtwork, updateArtwork } from "@/lib/art/manage";
import { addComment, deleteOwnComment } from "@/lib/comments/comments";
import { LIMITS } from "@/lib/rate-limit/limits";
import { overLimitMessage } from "@/lib/rate-limit/wait";
import { rateArtwork, removeRating, type RateResult } from "@/lib/ratings/ratings";
import { deleteArtworkSchema, updateArtworkSchema } from "@/lib/art/schemas";
import { addCommentSchema, deleteCommentSchema } from "@/lib/comments/schemas";
import { rateArtworkSchema, removeRatingSchema } from "@/lib/ratings/schemas";

const ARTWORK_NOT_FOUND = "This artwork does not exist, or it is not yours to change.";

export const saveArtworkDetails = authenticatedAction(updateArtworkSchema, async ({ artworkId, title, description }, user) => {
  if (!(await updateArtwork(artworkId, user.id, { title, description }))) return { status: "error", message: ARTWORK_NOT_FOUND };
  revalidatePath(`/art/${artworkId}`);
  revalidatePath("/settings/artwork");
  return { status: "success", message: "Saved." };
});

export const removeArtwork = authenticatedAction(deleteArtworkSchema, async ({ artworkId }, user) => {
  if (!(await deleteArtwork(artworkId, user.id))) return { status: "error", message: ARTWORK_NOT_FOUND };
  redirect(`/u/${encodeURIComponent(user.username)}`);
});

export const postComment = authenticatedAction(addCommentSchema, async ({ artworkId, body }, user) => {
  const result = await addComment(artworkId, user.id, body);
  if (!result.ok && result.reason === "rate_limited") {
    return { status: "error", fieldErrors: { body: [overLimitMessage("post", "comment", LIMITS.comment, result.retryAfterMs)] } };
  }
  if (!result.ok) return { status: "error", message: "This artwork no longer exists." };
  revalidatePath(`/art/${artworkId}`);
  return { status: "success", values: { body: "" } };
});

export const removeComment = authenticatedAction(deleteCommentSchema, async ({ commentId }, user) => {
  const artworkId = await deleteOwnComment(commentId, user.id);
  if (!artworkId) return { status: "error", message: "This comment does not exist, or it is not yours to delete." };
  revalidatePath(`/art/${artworkId}`);
  return { status: "success" };
});

function ratingOutcome(result: RateResult, artworkId: string) {
  if (!result.ok) {
    const message = result.reason === "own_artwork" ? "You cannot rate your own artwork." : "This artwork no longer exists.";
    return { status: "error" as const, message };
  }
  revalidatePath(`/art/${artworkId}`);
  return { status: "success" as const };
}

export const saveRating = authenticatedAction(rateArtworkSchema, async ({ artworkId, value }, user) =>
  ratingOutcome(await rateArtwork(artworkId, user.id, value), artworkId),
);

export const clearRating = authenticatedAction(removeRatingSchema, async ({ artworkId }, user) =>
  ratingOutcome(await removeRating(artworkId, user.id), artworkId),
);
