import "server-only";
import { mentionedNames } from "@/lib/comments/mention-text";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

/** The names in these texts that belong to members, by lower-cased name, in one query: which @mentions become links. */
export async function mentionedMembers(
  texts: string[],
  client: Pick<Prisma.TransactionClient, "user"> = db,
): Promise<Map<string, { id: string; username: string }>> {
  const names = [...new Set(texts.flatMap(mentionedNames))];
  if (names.length === 0) return new Map();
  const members = await client.user.findMany({
    where: { usernameKey: { in: names } },
    select: { id: true, username: true, usernameKey: true },
  });
  return new Map(members.map(({ usernameKey, ...member }) => [usernameKey, member]));
}
