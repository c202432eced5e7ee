import { storeMessage } from "@/lib/chat/messages";
import { createRoom } from "@/lib/chat/rooms";
import { db } from "@/lib/db";
import type { ReportTarget } from "@/lib/generated/prisma/client";
import { createTestUser, uniqueUsername } from "@/lib/testing/factories";
import type { RecordedRequest } from "@/lib/testing/realtime-stand-in";

/** Test data for the moderation of comments, chat messages and rooms. */
export { createTestAdmin } from "@/lib/testing/factories";

export async function createTestRoom(creatorId: string, name = uniqueUsername("Room")) {
  const created = await createRoom(creatorId, { name, description: "" });
  if (!created.ok) throw new Error("room refused");
  return db.chatRoom.findUniqueOrThrow({ where: { slug: created.value } });
}

export function createTestMessage(roomId: string, authorId: string, body = uniqueUsername("message")) {
  return storeMessage({ roomId, authorId, body });
}

export function createTestComment(artworkId: string, authorId: string, body = uniqueUsername("comment")) {
  return db.comment.create({ data: { artworkId, authorId, body } });
}

/** A member's open report, as the report form stores it. */
export async function openReport(target: { type: ReportTarget; id: string }) {
  const reporter = await createTestUser("reporter");
  return db.report.create({
    data: {
      reporterId: reporter.id,
      targetType: target.type,
      targetId: target.id,
      targetExcerpt: "reported",
      category: "SPAM",
      openKey: `${reporter.id}:${target.type}:${target.id}`,
    },
  });
}

export const reportState = (id: string) =>
  db.report.findUniqueOrThrow({
    where: { id },
    select: { status: true, outcome: true, resolvedById: true, resolutionNote: true, openKey: true },
  });

export const auditEntriesAbout = (targetId: string) =>
  db.auditEntry.findMany({
    where: { targetId },
    orderBy: { id: "asc" },
    select: { adminId: true, action: true, targetType: true, targetLabel: true, targetOwnerId: true, reason: true, detail: true },
  });

/** The events the app asked the realtime server to broadcast, as the Pusher HTTP API receives them. */
export function broadcastsIn(requests: RecordedRequest[]) {
  return requests
    .filter((request) => request.method === "POST" && request.path.endsWith("/events"))
    .map((request) => {
      const body = request.body as { name: string; channels: string[]; data: string };
      return { event: body.name, channels: body.channels, data: JSON.parse(body.data) as unknown };
    });
}

/** Messages "m1", "m2"… in a room, in that order; answers their places (seq), the cursors pages read by. */
export async function storeNumberedMessages(roomId: string, authorId: string, count: number): Promise<number[]> {
  const seqs: number[] = [];
  for (let i = 1; i <= count; i++) seqs.push((await storeMessage({ roomId, authorId, body: `m${i}` })).seq);
  return seqs;
}
