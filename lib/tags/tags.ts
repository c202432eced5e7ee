import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

export type TagSummary = { id: number; name: string; usageCount: number };

const summarySelect = { id: true, name: true, usageCount: true } satisfies Prisma.TagSelect;

/** A tag by its normalised name, through the unique index. */
export async function findTag(name: string): Promise<TagSummary | null> {
  return db.tag.findUnique({ where: { name }, select: summarySelect });
}

export const POPULAR_TAG_COUNT = 20;

/** How long a process serves visitors the popular tags it last read. */
export const POPULAR_TAGS_KEPT_MS = 60_000;
let everyonesPopularTags: { readAt: number; tags: Promise<TagSummary[]> } | undefined;

/**
 * The most used tags, through the (usageCount desc, id) index; a member's
 * muted tags are left out, since following one would show nothing. Raw SQL:
 * the gallery asks on every request, and Prisma's query compiler cost it
 * more than the query. Visitors all see the same list, which moves slowly:
 * it is read at most once a minute per process.
 */
export async function popularTags(viewerId?: string, { now = Date.now() }: { now?: number } = {}): Promise<TagSummary[]> {
  if (viewerId) return readPopularTags(viewerId);
  if (!everyonesPopularTags || now - everyonesPopularTags.readAt >= POPULAR_TAGS_KEPT_MS || now < everyonesPopularTags.readAt) {
    const read = { readAt: now, tags: readPopularTags() };
    everyonesPopularTags = read;
    // A failed read is not kept: the next visitor asks again.
    read.tags.catch(() => {
      if (everyonesPopularTags === read) everyonesPopularTags = undefined;
    });
  }
  return everyonesPopularTags.tags;
}

function readPopularTags(viewerId?: string): Promise<TagSummary[]> {
  const unmuted = viewerId ? Prisma.sql`AND "id" NOT IN (SELECT "tagId" FROM "MutedTag" WHERE "userId" = ${viewerId})` : Prisma.empty;
  return db.$queryRaw<TagSummary[]>`
    SELECT "id", "name", "usageCount" FROM "Tag" WHERE "usageCount" > 0 ${unmuted}
    ORDER BY "usageCount" DESC, "id" LIMIT ${POPULAR_TAG_COUNT}`;
}

export const SUGGESTION_COUNT = 8;
/** Above every code point: a name starting with the prefix sorts below prefix + this, in code point order. */
const AFTER_EVERY_CHARACTER = String.fromCodePoint(0x10ffff);

/**
 * Tags in use that start with a normalised prefix, most used first. The
 * range reads the unique name index on both databases (LIKE would read it
 * on neither: SQLite's folds case, PostgreSQL's needs a C collation), and
 * substr keeps the answer exact whatever order a collation gives the range.
 * The matches of a one-letter prefix are sorted, a few hundred at most.
 */
export async function suggestTags(prefix: string): Promise<string[]> {
  if (prefix === "") return [];
  const rows = await db.$queryRaw<{ name: string }[]>`
    SELECT "name" FROM "Tag"
    WHERE "name" >= ${prefix} AND "name" < ${prefix + AFTER_EVERY_CHARACTER}
      AND substr("name", 1, ${[...prefix].length}) = ${prefix} AND "usageCount" > 0
    ORDER BY "usageCount" DESC, "name" ASC LIMIT ${SUGGESTION_COUNT}`;
  return rows.map((row) => row.name);
}
