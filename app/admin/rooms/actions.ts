"use server";

import { adminAction } from "@/lib/actions/validated-action";
import { deleteRoom, lockRoom, unlockRoom } from "@/lib/moderation/content/commands";
import { siteWideAnswer } from "@/lib/actions/site-wide-answer";
import { roomModerationSchema } from "@/lib/moderation/content/schemas";

export const lockRoomAction = adminAction(roomModerationSchema, async (input, admin) => siteWideAnswer(await lockRoom(admin, input)));

export const unlockRoomAction = adminAction(roomModerationSchema, async (input, admin) => siteWideAnswer(await unlockRoom(admin, input)));

export const deleteRoomAction = adminAction(roomModerationSchema, async (input, admin) => siteWideAnswer(await deleteRoom(admin, input)));
