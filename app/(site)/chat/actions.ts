"use server";

import { redirect } from "next/navigation";
import { toFormState } from "@/lib/actions/form-state";
import { authenticatedAction } from "@/lib/actions/validated-action";
import { deleteOwnMessage, postMessage } from "@/lib/chat/messages";
import { createRoom } from "@/lib/chat/rooms";
import { createRoomSchema, deleteMessageSchema, postMessageSchema } from "@/lib/chat/schemas";

export const startRoom = authenticatedAction(createRoomSchema, async (room, user) => {
  const result = await createRoom(user.id, room);
  if (!result.ok) return toFormState(result);
  redirect(`/chat/${result.value}`);
});

/**
 * Sends a message. A member's page shows it by catching up on the room
 * after a success, so its own connection is left out of the broadcast;
 * without JavaScript the page itself is the answer.
 */
export const sendMessage = authenticatedAction(postMessageSchema, async ({ roomId, body, socketId }, user) => {
  const result = await postMessage(roomId, user.id, body, { exceptSocketId: socketId });
  if (!result.ok) return toFormState(result);
  return { status: "success", values: { body: "" } };
});

export const removeMessage = authenticatedAction(deleteMessageSchema, async ({ messageId, socketId }, user) => {
  return toFormState(await deleteOwnMessage(messageId, user.id, socketId));
});
