"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { toFormState } from "@/lib/actions/form-state";
import { authenticatedAction } from "@/lib/actions/validated-action";
import type { SessionUser } from "@/lib/auth/session";
import {
  addToCollection,
  createCollection,
  deleteCollection,
  moveInCollection,
  removeFromCollection,
  updateCollection,
} from "@/lib/collections/commands";
import {
  collectionFieldsSchema,
  collectionItemSchema,
  deleteCollectionSchema,
  moveItemSchema,
  updateCollectionSchema,
} from "@/lib/collections/schemas";
import type { Result } from "@/lib/result";

// Every action acts on the session's member's own collections: ownership is in each command's query.

const collectionsHref = (user: SessionUser) => `/u/${encodeURIComponent(user.username)}/collections`;

/** Re-renders the changed collection's page and the owner's list after a change that answered the slug. */
function refreshed(result: Result<string>, user: SessionUser, artworkId?: string) {
  if (result.ok) {
    revalidatePath(`${collectionsHref(user)}/${result.value}`);
    revalidatePath(collectionsHref(user));
    if (artworkId) revalidatePath(`/art/${artworkId}`);
  }
  return toFormState(result);
}

export const startCollection = authenticatedAction(collectionFieldsSchema, async (fields, user) => {
  const created = await createCollection(user.id, fields);
  if (!created.ok) return toFormState(created);
  redirect(`${collectionsHref(user)}/${created.value}`);
});

export const saveCollection = authenticatedAction(updateCollectionSchema, async ({ collectionId, ...fields }, user) =>
  refreshed(await updateCollection(user.id, collectionId, fields), user),
);

export const removeCollection = authenticatedAction(deleteCollectionSchema, async ({ collectionId }, user) => {
  const deleted = await deleteCollection(user.id, collectionId);
  if (!deleted.ok) return toFormState(deleted);
  revalidatePath(collectionsHref(user));
  redirect(collectionsHref(user));
});

export const changeCollectionItem = authenticatedAction(collectionItemSchema, async ({ collectionId, artworkId, intent }, user) => {
  const change = intent === "add" ? addToCollection : removeFromCollection;
  return refreshed(await change(user.id, collectionId, artworkId), user, artworkId);
});

export const moveCollectionItem = authenticatedAction(moveItemSchema, async ({ collectionId, artworkId, move }, user) =>
  refreshed(await moveInCollection(user.id, collectionId, artworkId, move), user),
);
