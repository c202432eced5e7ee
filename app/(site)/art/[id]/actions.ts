"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { toFormState } from "@/lib/actions/form-state";
import { authenticatedAction } from "@/lib/actions/validated-action";
import { deleteArtwork, updateArtwork } from "@/lib/art/manage";
import { addComment, deleteOwnComment } from "@/lib/comments/comments";
import { rateArtwork, removeRating, type RatingSummary } from "@/lib/ratings/ratings";
import type { Result } from "@/lib/result";
import { deleteArtworkSchema, updateArtworkSchema } from "@/lib/art/schemas";
import { addCommentSchema, deleteCommentSchema } from "@/lib/comments/schemas";
import { rateArtworkSchema, removeRatingSchema } from "@/lib/ratings/schemas";

export const saveArtworkDetails = authenticatedAction(updateArtworkSchema, async ({ artworkId, ...fields }, user) => {
  const updated = await updateArtwork(artworkId, user.id, fields);
  if (!updated.ok) return toFormState(updated);
  revalidatePath(`/art/${artworkId}`);
  revalidatePath("/settings/artwork");
  // The tag pages it joined or left, and the gallery's popular tags.
  revalidatePath("/", "layout");
  return { status: "success", message: "Saved." };
});

export const removeArtwork = authenticatedAction(deleteArtworkSchema, async ({ artworkId }, user) => {
  const deleted = await deleteArtwork(artworkId, user.id);
  if (!deleted.ok) return toFormState(deleted);
  redirect(`/u/${encodeURIComponent(user.username)}`);
});

export const postComment = authenticatedAction(addCommentSchema, async ({ artworkId, body }, user) => {
  const result = await addComment(artworkId, user.id, body);
  if (!result.ok) return toFormState(result);
  revalidatePath(`/art/${artworkId}`);
  return { status: "success", values: { body: "" } };
});

export const removeComment = authenticatedAction(deleteCommentSchema, async ({ commentId }, user) => {
  const deleted = await deleteOwnComment(commentId, user.id);
  if (!deleted.ok) return toFormState(deleted);
  revalidatePath(`/art/${deleted.value}`);
  return { status: "success" };
});

function ratingOutcome(result: Result<RatingSummary>, artworkId: string) {
  if (result.ok) revalidatePath(`/art/${artworkId}`);
  return toFormState(result);
}

export const saveRating = authenticatedAction(rateArtworkSchema, async ({ artworkId, value }, user) =>
  ratingOutcome(await rateArtwork(artworkId, user.id, value), artworkId),
);

export const clearRating = authenticatedAction(removeRatingSchema, async ({ artworkId }, user) =>
  ratingOutcome(await removeRating(artworkId, user.id), artworkId),
);
