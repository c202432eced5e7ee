"use server";

import { revalidatePath } from "next/cache";
import { adminAction } from "@/lib/actions/validated-action";
import { deleteRoom, lockRoom, unlockRoom } from "@/lib/moderation/content/commands";
import { toFormState, type ModerationResult } from "@/lib/moderation/result";
import { roomModerationSchema } from "@/lib/moderation/content/schemas";

/** A room's state shows in /admin/rooms, the chat list, the room's page and the reports queue: refresh them all. */
function answer(result: ModerationResult) {
  if (result.ok) revalidatePath("/", "layout");
  return toFormState(result);
}

export const lockRoomAction = adminAction(roomModerationSchema, async (input, admin) => answer(await lockRoom(admin, input)));

export const unlockRoomAction = adminAction(roomModerationSchema, async (input, admin) => answer(await unlockRoom(admin, input)));

export const deleteRoomAction = adminAction(roomModerationSchema, async (input, admin) => answer(await deleteRoom(admin, input)));
