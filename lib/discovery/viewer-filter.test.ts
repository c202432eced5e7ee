import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { artworkConditionsForViewer } from "@/lib/discovery/viewer-filter";
import { bareArtwork } from "@/lib/testing/artworks";
import { createTestUser, uniqueUsername } from "@/lib/testing/factories";

async function taggedArtwork(authorId: string, tagId: number) {
  const artwork = await bareArtwork(authorId, uniqueUsername("art"));
  const { createdAt, topScore, ratingCount, hotScore, favouriteCount, hiddenAt } = artwork;
  await db.artworkTag.create({
    data: { artworkId: artwork.id, tagId, position: 0, createdAt, topScore, ratingCount, hotScore, favouriteCount, hiddenAt },
  });
  return artwork;
}

/** The titles each form of the rule lets the viewer see among these artists' artwork: with the author at hand (galleries), and without (tag pages). */
async function seenBy(viewerId: string | undefined, authorIds: string[]) {
  const titles = async (columns: { artworkId: Prisma.Sql; authorId?: Prisma.Sql }) => {
    const conditions = [Prisma.sql`"authorId" IN (${Prisma.join(authorIds)})`, ...artworkConditionsForViewer(viewerId, columns)];
    const rows = await db.$queryRaw<{ title: string }[]>(
      Prisma.sql`SELECT "title" FROM "Artwork" WHERE ${Prisma.join(conditions, " AND ")}`,
    );
    return rows.map((row) => row.title).sort();
  };
  return {
    withAuthor: await titles({ artworkId: Prisma.sql`"Artwork"."id"`, authorId: Prisma.sql`"Artwork"."authorId"` }),
    withoutAuthor: await titles({ artworkId: Prisma.sql`"Artwork"."id"` }),
  };
}

describe("what a member's lists leave out", () => {
  it("leaves out artwork with a muted tag and the art of members either side blocked, for that member only", async () => {
    const [viewer, other, blocked, blocker, plain] = await Promise.all(
      ["viewer", "other", "blocked", "blocker", "plain"].map((name) => createTestUser(name)),
    );
    const [muted, fine] = await Promise.all(
      [uniqueUsername("gore"), uniqueUsername("sky")].map((name) => db.tag.create({ data: { name } })),
    );
    await db.mutedTag.create({ data: { userId: viewer.id, tagId: muted.id } });
    await db.block.createMany({
      data: [
        { blockerId: viewer.id, blockedId: blocked.id },
        { blockerId: blocker.id, blockedId: viewer.id },
      ],
    });
    const titles = {
      muted: (await taggedArtwork(plain.id, muted.id)).title,
      tagged: (await taggedArtwork(plain.id, fine.id)).title,
      untagged: (await bareArtwork(plain.id, "untagged")).title,
      byBlocked: (await bareArtwork(blocked.id, "by blocked")).title,
      byBlocker: (await bareArtwork(blocker.id, "by blocker")).title,
    };
    const authors = [plain.id, blocked.id, blocker.id];

    const forViewer = [titles.tagged, titles.untagged].sort();
    expect(await seenBy(viewer.id, authors)).toEqual({ withAuthor: forViewer, withoutAuthor: forViewer });
    const everything = Object.values(titles).sort();
    expect(await seenBy(other.id, authors)).toEqual({ withAuthor: everything, withoutAuthor: everything });
    expect(await seenBy(undefined, authors)).toEqual({ withAuthor: everything, withoutAuthor: everything });
  });
});
