import { storeMessage } from "@/lib/chat/messages";
import { db } from "@/lib/db";
import { bareArtwork } from "@/lib/testing/artworks";
import { uniqueUsername } from "@/lib/testing/factories";

/** Content to report, written straight to the database: these tests are about reports, not images or realtime. */
export { bareArtwork };

export async function bareComment(authorId: string, body = "A rude comment") {
  const artwork = await bareArtwork(authorId, "Commented piece");
  return db.comment.create({ data: { artworkId: artwork.id, authorId, body } });
}

export async function bareMessage(authorId: string, body = "A rude message") {
  const name = uniqueUsername("room");
  const room = await db.chatRoom.create({ data: { slug: name.replace("_", "-"), name, nameKey: name, createdById: authorId } });
  return storeMessage({ roomId: room.id, authorId, body });
}

export { createTestAdmin } from "@/lib/testing/factories";
