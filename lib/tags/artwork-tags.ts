import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

type Transaction = Prisma.TransactionClient;

/**
 * Gives an artwork exactly these tags (normalised names, in order), inside
 * the transaction that creates or edits it. The caller holds the artwork's
 * row (created in this transaction, or locked by the edit): the sort columns
 * copied here are then the current ones, and the triggers on Artwork keep
 * them so from the moment this commits. Tag.usageCount follows the
 * ArtworkTag rows through their own triggers.
 */
export async function replaceArtworkTags(tx: Transaction, artworkId: string, names: readonly string[]): Promise<void> {
  await tx.artworkTag.deleteMany({ where: { artworkId } });
  if (names.length === 0) return;
  // Two uploads naming the same new tag at once: on PostgreSQL the second
  // insert waits for the first to commit, then does nothing; the select
  // after it (a new snapshot under READ COMMITTED) sees the committed row.
  const values = Prisma.join(names.map((name) => Prisma.sql`(${name})`));
  await tx.$executeRaw`INSERT INTO "Tag" ("name") VALUES ${values} ON CONFLICT ("name") DO NOTHING`;
  const tags = await tx.tag.findMany({ where: { name: { in: [...names] } }, select: { id: true, name: true } });
  const positions = Prisma.join(
    tags.map(({ id, name }) => Prisma.sql`WHEN ${id} THEN CAST(${names.indexOf(name)} AS INTEGER)`),
    " ",
  );
  await tx.$executeRaw`
    INSERT INTO "ArtworkTag" ("artworkId", "tagId", "position", "createdAt", "topScore", "ratingCount", "hotScore", "favouriteCount", "hiddenAt")
    SELECT "Artwork"."id", "Tag"."id", CASE "Tag"."id" ${positions} END,
      "Artwork"."createdAt", "Artwork"."topScore", "Artwork"."ratingCount", "Artwork"."hotScore", "Artwork"."favouriteCount", "Artwork"."hiddenAt"
    FROM "Artwork" CROSS JOIN "Tag"
    WHERE "Artwork"."id" = ${artworkId} AND "Tag"."id" IN (${Prisma.join(tags.map((tag) => tag.id))})`;
}

/** An artwork's tag names in the artist's order. */
export async function tagsOfArtwork(artworkId: string): Promise<string[]> {
  return (await tagsOfArtworks([artworkId])).get(artworkId) ?? [];
}

/**
 * The tags of several artworks (a page of the owner's list) in one
 * statement, joined (Prisma's include is a second one): artwork id → names in order.
 */
export async function tagsOfArtworks(artworkIds: readonly string[]): Promise<Map<string, string[]>> {
  if (artworkIds.length === 0) return new Map();
  const rows = await db.$queryRaw<{ artworkId: string; name: string }[]>`
    SELECT at."artworkId", t."name" FROM "ArtworkTag" at JOIN "Tag" t ON t."id" = at."tagId"
    WHERE at."artworkId" IN (${Prisma.join([...artworkIds])}) ORDER BY at."artworkId", at."position"`;
  const byArtwork = new Map<string, string[]>();
  for (const row of rows) byArtwork.set(row.artworkId, [...(byArtwork.get(row.artworkId) ?? []), row.name]);
  return byArtwork;
}
