"use server";

import { revalidatePath } from "next/cache";
import { toFormState } from "@/lib/actions/form-state";
import { authenticatedAction } from "@/lib/actions/validated-action";
import { blockMember, unblockMember } from "@/lib/blocks/blocks";
import { blockSchema } from "@/lib/blocks/schemas";
import { follow, removeFollower, unfollow } from "@/lib/follows/follows";
import { followSchema, removeFollowerSchema } from "@/lib/follows/schemas";
import type { Result } from "@/lib/result";

/**
 * The buttons sit on profiles, artwork pages, follower lists, the feed's
 * suggestions and settings: every page showing a count or a button changes,
 * so the whole site's rendered pages are refreshed (they are per-member and
 * dynamic anyway).
 */
function outcome(result: Result<unknown>) {
  if (result.ok) revalidatePath("/", "layout");
  return toFormState(result);
}

export const followMember = authenticatedAction(followSchema, async ({ memberId }, user) => outcome(await follow(user.id, memberId)));

export const unfollowMember = authenticatedAction(followSchema, async ({ memberId }, user) => outcome(await unfollow(user.id, memberId)));

export const removeMyFollower = authenticatedAction(removeFollowerSchema, async ({ followerId }, user) =>
  outcome(await removeFollower(user.id, followerId)),
);

export const blockAMember = authenticatedAction(blockSchema, async ({ memberId }, user) => outcome(await blockMember(user.id, memberId)));

export const unblockAMember = authenticatedAction(blockSchema, async ({ memberId }, user) =>
  outcome(await unblockMember(user.id, memberId)),
);
