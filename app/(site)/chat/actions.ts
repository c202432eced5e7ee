"use server";

import { redirect } from "next/navigation";
import { authenticatedAction } from "@/lib/actions/validated-action";
import { deleteOwnMessage, postMessage, type PostRefusal } from "@/lib/chat/messages";
import { createRoom } from "@/lib/chat/rooms";
import { LIMITS } from "@/lib/rate-limit/limits";
import { overLimitMessage } from "@/lib/rate-limit/wait";
import { createRoomSchema, deleteMessageSchema, postMessageSchema } from "@/lib/chat/schemas";

export const startRoom = authenticatedAction(createRoomSchema, async (room, user) => {
  const result = await createRoom(user.id, room);
  if (!result.ok && result.reason === "rate_limited")
    return { status: "error", message: overLimitMessage("start", "room", LIMITS.room, result.retryAfterMs) };
  if (!result.ok)
    return { status: "error", fieldErrors: { name: ["A room with this name exists already; choose another name or join it"] } };
  redirect(`/chat/${result.slug}`);
});

function refusalOf(refusal: PostRefusal) {
  switch (refusal.reason) {
    case "rate_limited":
      return {
        status: "error" as const,
        fieldErrors: { body: [overLimitMessage("send", "message", LIMITS.chatMessage, refusal.retryAfterMs)] },
      };
    case "locked":
      return { status: "error" as const, message: "This room is locked: no one can send messages in it." };
    case "not_found":
      return { status: "error" as const, message: "This room no longer exists." };
  }
}

/**
 * Sends a message. A member's page shows it by catching up on the room
 * after a success, so its own connection is left out of the broadcast;
 * without JavaScript the page itself is the answer.
 */
export const sendMessage = authenticatedAction(postMessageSchema, async ({ roomId, body, socketId }, user) => {
  const result = await postMessage(roomId, user.id, body, { exceptSocketId: socketId });
  if (!result.ok) return refusalOf(result);
  return { status: "success", values: { body: "" } };
});

export const removeMessage = authenticatedAction(deleteMessageSchema, async ({ messageId, socketId }, user) => {
  if (!(await deleteOwnMessage(messageId, user.id, socketId))) {
    return { status: "error", message: "This message does not exist, or it is not yours to delete." };
  }
  return { status: "success" };
});
